import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPodcastCommand } from '../cli/podcastCommand.ts';
import type { CliIo } from '../cli/io.ts';
import { fixturesDir, generatedFeed } from '../testing.ts';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { mutations: Array<Record<string, Record<string, unknown>>> };
}

/** A stand-in for the Content Lake mutate endpoint that records every request. */
let server: Server;
let port = 0;
const requests: Recorded[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(body || '{}') });
      // A connection per request: on a loaded machine a reused keep-alive socket can be closed by
      // the server's 5 s idle timeout just as the client sends on it (ECONNRESET).
      res.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ transactionId: `tx${requests.length}`, results: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const io = (): CliIo & { lines: string[] } => {
  const lines: string[] = [];
  return { cwd: fixturesDir, env: {}, out: (l) => lines.push(l), err: (l) => lines.push(l), lines };
};

const target = () => ({ projectId: 'abc123', dataset: 'production', token: 'write-token', apiVersion: '2025-02-19', apiHost: `http://127.0.0.1:${port}` });

describe('--to-content-lake', () => {
  it('sends createOrReplace for every episode and patches the show settings, in one transaction for a small feed', async () => {
    requests.length = 0;
    const out = io();
    expect(await runPodcastCommand(['buzzsprout.xml', '--to-content-lake'], out, { contentLake: target() })).toBe(0);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toMatch(/^\/v2025-02-19\/data\/mutate\/production(\?|$)/);
    expect(request?.authorization).toBe('Bearer write-token');
    const mutations = request!.body.mutations;
    expect(mutations.map((m) => Object.keys(m)[0])).toEqual(['createIfNotExists', 'patch', 'createOrReplace', 'createOrReplace']);
    expect(mutations[0]).toEqual({ createIfNotExists: { _id: 'podcast', _type: 'podcast' } });
    expect(mutations[1]?.patch).toMatchObject({ id: 'podcast', set: { title: 'Home Front Marriage', podcastGuid: 'a6d5b1c3-2f4e-5a6b-8c7d-9e0f1a2b3c4d' } });
    expect(mutations[1]?.patch?.set).not.toHaveProperty('artwork');
    const episode = mutations[3]?.createOrReplace as Record<string, unknown>;
    expect(episode).toMatchObject({ _type: 'podcastEpisode', guid: 'Buzzsprout-14567890', title: 'Fighting Fair' });
    expect(episode).not.toHaveProperty('_rev');
    // Every array item carries a _key, as the Content Lake requires.
    const arrays = JSON.stringify(episode).match(/"_type":"(block|span|chapter)"/g) ?? [];
    expect(arrays.length).toBeGreaterThan(5);
    for (const block of episode.showNotes as Array<Record<string, unknown>>) {
      expect(block._key).toMatch(/^[0-9a-f]{12}$/);
      for (const span of block.children as Array<Record<string, unknown>>) expect(span._key).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(out.lines.join('\n')).toContain('Wrote 3 documents to abc123/production in 1 transaction.');
  });

  it('splits a large import into transactions of at most 100 mutations, and a re-run sends the same ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
    await writeFile(join(dir, 'feed.xml'), generatedFeed(250));
    const run = async () => {
      requests.length = 0;
      expect(await runPodcastCommand([join(dir, 'feed.xml'), '--to-content-lake'], io(), { contentLake: target() })).toBe(0);
      return requests.map((r) => r.body.mutations);
    };
    const first = await run();
    expect(first.map((m) => m.length)).toEqual([100, 100, 52]);
    const ids = (batches: typeof first) => batches.flat().flatMap((m) => Object.values(m).map((v) => (v._id ?? v.id) as string));
    expect(new Set(ids(first).filter((id) => id !== 'podcast')).size).toBe(250);
    const second = await run();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('fails with a clear message when the environment lacks the project or token', async () => {
    const out = io();
    expect(await runPodcastCommand(['buzzsprout.xml', '--to-content-lake'], out)).toBe(1);
    expect(out.lines.join('\n')).toMatch(/--to-content-lake needs SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN/);
  });
});
