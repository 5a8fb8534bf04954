import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioIt } from '@frm/content/testing/scenario';
import { changedFeeds, hubFeeds } from './hubFeeds.ts';
import { pingHubs } from './pingHub.ts';

/*
 * The deploy's WebSub steps against a local stand-in for both the live site and the hub
 * (127.0.0.1, on a free port so runs side by side never collide): only feeds whose bytes changed
 * are pinged.
 */
let origin: string;
const feed = (self: string, hub: string | null, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="${self}" rel="self" type="application/rss+xml"/>${hub ? `<atom:link href="${hub}" rel="hub"/>` : ''}<title>${body}</title></channel></rss>\n`;

const live = new Map<string, string>();
const pings: string[] = [];
let hubStatus = 204;
let server: Server;
let dist: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/hub') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        pings.push(`${req.headers['content-type']} ${body}`);
        res.writeHead(hubStatus).end();
      });
      return;
    }
    const page = live.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'application/rss+xml' }).end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dist = await mkdtemp(join(tmpdir(), 'frm-websub-'));
  await mkdir(join(dist, 'podcast'), { recursive: true });
  await mkdir(join(dist, 'blog/topics/marriage'), { recursive: true });
  const podcast = feed(`${origin}/podcast/feed.xml`, `${origin}/hub`, 'Podcast, new episode');
  await writeFile(join(dist, 'podcast/feed.xml'), podcast);
  await writeFile(join(dist, 'rss.xml'), feed(`${origin}/rss.xml`, `${origin}/hub`, 'Blog, unchanged'));
  await writeFile(join(dist, 'blog/topics/marriage/rss.xml'), feed(`${origin}/blog/topics/marriage/rss.xml`, null, 'No hub'));
  await writeFile(join(dist, 'sitemap-0.xml'), '<urlset/>');
  live.set('/podcast/feed.xml', feed(`${origin}/podcast/feed.xml`, `${origin}/hub`, 'Podcast, before the deploy'));
  live.set('/rss.xml', feed(`${origin}/rss.xml`, `${origin}/hub`, 'Blog, unchanged'));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('WebSub after a deploy', () => {
  it('finds the feeds that announce a hub, and which of them the deploy changes', async () => {
    const feeds = await hubFeeds(dist);
    expect(feeds).toEqual([
      { file: 'podcast/feed.xml', self: `${origin}/podcast/feed.xml`, hub: `${origin}/hub` },
      { file: 'rss.xml', self: `${origin}/rss.xml`, hub: `${origin}/hub` },
    ]);
    expect((await changedFeeds(dist, feeds)).map((f) => f.file)).toEqual(['podcast/feed.xml']);
    // A feed the site does not serve yet (first deploy) counts as changed.
    expect((await changedFeeds(dist, [{ ...feeds[1]!, self: `${origin}/missing.xml` }])).map((f) => f.file)).toEqual(['rss.xml']);
  });

  it('pings the hub with hub.mode=publish and the feed address, form-encoded', async () => {
    pings.length = 0;
    const [feedToPing] = await hubFeeds(dist);
    const results = await pingHubs([feedToPing!]);
    expect(results.map((r) => [r.ok, r.detail])).toEqual([[true, 'HTTP 204']]);
    expect(pings).toEqual([`application/x-www-form-urlencoded hub.mode=publish&hub.url=${encodeURIComponent(`${origin}/podcast/feed.xml`)}`]);
  });

  scenarioIt('runs as two commands around the deploy and fails when the hub refuses', async () => {
    pings.length = 0;
    const cli = join(import.meta.dirname, '../cli/websub.ts');
    const list = join(dist, 'changed.json');
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [cli, ...args], { timeout: 60_000 });
    const changed = await run('changed', dist, list);
    expect(changed.stdout).toContain('2 feeds announce a WebSub hub; 1 changed');
    expect(JSON.parse(await readFile(list, 'utf8'))).toHaveLength(1);
    expect((await run('ping', list)).stdout).toContain(`pinged ${origin}/hub for ${origin}/podcast/feed.xml (HTTP 204)`);
    expect(pings).toHaveLength(1);
    hubStatus = 500;
    const refused = await run('ping', list).then(() => undefined, (error: { code: number; stdout: string }) => error);
    expect(refused?.code).toBe(1);
    expect(refused?.stdout).toContain(`FAILED ${origin}/hub for ${origin}/podcast/feed.xml (HTTP 500)`);
  }, 120_000);
});
