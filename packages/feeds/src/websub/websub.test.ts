import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scenarioIt } from '@frm/content/testing/scenario';
import { changedFeeds, publishedFeeds } from './publishedFeeds.ts';
import { pingHubs } from './pingHub.ts';
import { notifyPodcastIndex } from './podcastIndexPing.ts';

/*
 * The deploy's WebSub and Podcast Index steps against a local stand-in for the live site, the hub
 * and the Podcast Index's pubnotify (127.0.0.1, on a free port so runs side by side never
 * collide): only feeds whose bytes changed are pinged, and only podcast feeds reach the index.
 */
let origin: string;
const PODCAST_NS = ' xmlns:podcast="https://podcastindex.org/namespace/1.0"';
const feed = (self: string, hub: string | null, body: string, podcast = false) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${podcast ? PODCAST_NS : ''} xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="${self}" rel="self" type="application/rss+xml"/>${hub ? `<atom:link href="${hub}" rel="hub"/>` : ''}<title>${body}</title></channel></rss>\n`;

const live = new Map<string, string>();
const pings: string[] = [];
const notified: string[] = [];
let hubStatus = 204;
let indexAnswer: { status: number; body: string } = {
  status: 200,
  body: '{"status":"true","description":"Feed marked for immediate update."}',
};
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
    if (req.url?.startsWith('/api/1.0/hub/pubnotify')) {
      notified.push(`${req.method} ${req.url} ${req.headers['user-agent']}`);
      res.writeHead(indexAnswer.status, { 'content-type': 'application/json' }).end(indexAnswer.body);
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
  await writeFile(
    join(dist, 'podcast/feed.xml'),
    feed(`${origin}/podcast/feed.xml`, `${origin}/hub`, 'Podcast, new episode', true),
  );
  await writeFile(join(dist, 'rss.xml'), feed(`${origin}/rss.xml`, `${origin}/hub`, 'Blog, unchanged'));
  await writeFile(
    join(dist, 'blog/topics/marriage/rss.xml'),
    feed(`${origin}/blog/topics/marriage/rss.xml`, null, 'No hub'),
  );
  await writeFile(join(dist, 'sitemap-0.xml'), '<urlset/>');
  live.set(
    '/podcast/feed.xml',
    feed(`${origin}/podcast/feed.xml`, `${origin}/hub`, 'Podcast, before the deploy', true),
  );
  live.set('/rss.xml', feed(`${origin}/rss.xml`, `${origin}/hub`, 'Blog, unchanged'));
});

beforeEach(() => {
  pings.length = 0;
  notified.length = 0;
  hubStatus = 204;
  indexAnswer = { status: 200, body: '{"status":"true","description":"Feed marked for immediate update."}' };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pubnotify = () => `${origin}/api/1.0/hub/pubnotify`;

describe('WebSub and the Podcast Index after a deploy', () => {
  it('finds the feeds that announce a hub or are podcasts, and which of them the deploy changes', async () => {
    const feeds = await publishedFeeds(dist);
    expect(feeds).toEqual([
      { file: 'podcast/feed.xml', self: `${origin}/podcast/feed.xml`, hub: `${origin}/hub`, podcast: true },
      { file: 'rss.xml', self: `${origin}/rss.xml`, hub: `${origin}/hub`, podcast: false },
    ]);
    expect((await changedFeeds(dist, feeds)).map((f) => f.file)).toEqual(['podcast/feed.xml']);
    // A feed the site does not serve yet (first deploy) counts as changed.
    expect((await changedFeeds(dist, [{ ...feeds[1]!, self: `${origin}/missing.xml` }])).map((f) => f.file)).toEqual([
      'rss.xml',
    ]);
  });

  it('lists a podcast feed without a hub, for the Podcast Index alone', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'frm-websub-nohub-'));
    await writeFile(join(folder, 'feed.xml'), feed(`${origin}/podcast/feed.xml`, null, 'Podcast', true));
    const feeds = await publishedFeeds(folder);
    expect(feeds).toEqual([{ file: 'feed.xml', self: `${origin}/podcast/feed.xml`, hub: null, podcast: true }]);
    expect(await pingHubs(feeds)).toEqual([]);
    expect((await notifyPodcastIndex(feeds, pubnotify())).map((r) => r.ok)).toEqual([true]);
  });

  it('pings the hub with hub.mode=publish and the feed address, form-encoded', async () => {
    const [feedToPing] = await publishedFeeds(dist);
    const results = await pingHubs([feedToPing!]);
    expect(results.map((r) => [r.to, r.ok, r.detail])).toEqual([[`${origin}/hub`, true, 'HTTP 204']]);
    expect(pings).toEqual([
      `application/x-www-form-urlencoded hub.mode=publish&hub.url=${encodeURIComponent(`${origin}/podcast/feed.xml`)}`,
    ]);
  });

  it('tells the Podcast Index with a GET of pubnotify?url=<feed address>, naming itself, for podcast feeds only', async () => {
    const results = await notifyPodcastIndex(await publishedFeeds(dist), pubnotify());
    expect(results.map((r) => [r.feed.file, r.ok, r.detail])).toEqual([
      ['podcast/feed.xml', true, 'HTTP 200: Feed marked for immediate update.'],
    ]);
    expect(notified).toEqual([
      `GET /api/1.0/hub/pubnotify?url=${encodeURIComponent(`${origin}/podcast/feed.xml`)} FamilyRoomMission-deploy/1.0`,
    ]);
  });

  it('counts a refusal by the Podcast Index as a failure, with its words', async () => {
    const feeds = await publishedFeeds(dist);
    indexAnswer = { status: 400, body: '{"status":"false","description":"Feed not found."}' };
    expect((await notifyPodcastIndex(feeds, pubnotify())).map((r) => [r.ok, r.detail])).toEqual([
      [false, 'HTTP 400: Feed not found.'],
    ]);
    indexAnswer = { status: 200, body: '{"status":"false","description":"Invalid feed."}' };
    expect((await notifyPodcastIndex(feeds, pubnotify())).map((r) => [r.ok, r.detail])).toEqual([
      [false, 'HTTP 200: Invalid feed.'],
    ]);
    expect((await notifyPodcastIndex(feeds, 'http://127.0.0.1:9/pubnotify')).map((r) => r.ok)).toEqual([false]);
  });

  scenarioIt(
    'runs as two commands around the deploy and fails when the hub or the index refuses',
    async () => {
      const cli = join(import.meta.dirname, '../cli/websub.ts');
      const list = join(dist, 'changed.json');
      const env = { ...process.env, PODCAST_INDEX_PUBNOTIFY_URL: pubnotify() };
      const run = (...args: string[]) =>
        promisify(execFile)(process.execPath, [cli, ...args], { timeout: 60_000, env });
      const changed = await run('changed', dist, list);
      expect(changed.stdout).toContain('2 feeds to announce (WebSub hub or Podcast Index); 1 changed');
      expect(JSON.parse(await readFile(list, 'utf8'))).toHaveLength(1);
      const ok = (await run('ping', list)).stdout;
      expect(ok).toContain(`pinged ${origin}/hub for ${origin}/podcast/feed.xml (HTTP 204)`);
      expect(ok).toContain(
        `pinged ${pubnotify()} for ${origin}/podcast/feed.xml (HTTP 200: Feed marked for immediate update.)`,
      );
      expect(pings).toHaveLength(1);
      expect(notified).toHaveLength(1);
      hubStatus = 500;
      const refused = await run('ping', list).then(
        () => undefined,
        (error: { code: number; stdout: string }) => error,
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stdout).toContain(`FAILED ${origin}/hub for ${origin}/podcast/feed.xml (HTTP 500)`);
      hubStatus = 204;
      indexAnswer = { status: 400, body: '{"status":"false","description":"Feed not found."}' };
      const unknown = await run('ping', list).then(
        () => undefined,
        (error: { code: number; stdout: string }) => error,
      );
      expect(unknown?.code).toBe(1);
      expect(unknown?.stdout).toContain(
        `FAILED ${pubnotify()} for ${origin}/podcast/feed.xml (HTTP 400: Feed not found.)`,
      );
    },
    120_000,
  );
});
