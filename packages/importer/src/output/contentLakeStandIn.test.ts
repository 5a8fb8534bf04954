import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRangeServer } from '@frm/content/testing/rangeServer';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { runPodcastCommand } from '../cli/podcastCommand.ts';
import { runPostsCommand } from '../cli/postsCommand.ts';
import type { CliIo } from '../cli/io.ts';
import { fixturesDir, generatedFeed, scenarioIt, seedExportDir } from '../testing.ts';
import { movingShowFeed, movingShowFiles } from '../testing/movingHost.ts';

/*
 * `--to-content-lake` against the shared Content Lake stand-in (@frm/dataset-tools): what the
 * dataset holds afterwards, and what the editor sees when the API refuses a transaction.
 * The target comes from the environment, as in `pnpm import:podcast ... --to-content-lake`.
 */

const TOKEN = 'skImporterWriteTokenMARKER';
let lake: RunningContentLakeServer | undefined;
afterEach(async () => {
  await lake?.close();
  lake = undefined;
});

const io = (env: NodeJS.ProcessEnv): CliIo & { lines: string[] } => {
  const lines: string[] = [];
  return { cwd: fixturesDir, env, out: (l) => lines.push(l), err: (l) => lines.push(l), lines };
};
const envFor = (server: RunningContentLakeServer, token = TOKEN): NodeJS.ProcessEnv => ({
  SANITY_PROJECT_ID: server.projectId,
  SANITY_DATASET: server.dataset,
  SANITY_API_WRITE_TOKEN: token,
  SANITY_API_HOST: server.url,
});
const published = (server: RunningContentLakeServer, type: string) =>
  server.documents().filter((d) => d._type === type && !d._id.includes('.'));
const snapshot = (server: RunningContentLakeServer) =>
  JSON.stringify(
    server
      .documents()
      .map(({ _id, _rev }) => [_id, _rev])
      .sort(),
  );

async function feedFile(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frm-import-lake-'));
  await writeFile(join(dir, 'feed.xml'), generatedFeed(count));
  return join(dir, 'feed.xml');
}

describe('import:podcast --to-content-lake, target from the environment', () => {
  it('uploads the downloaded artwork and transcript once each and points the documents at the assets', async () => {
    const show = await movingShowFiles(4);
    const host = await startRangeServer(show.files);
    try {
      lake = await startContentLakeServer({ exportPath: seedExportDir, token: TOKEN });
      const feed = join(await mkdtemp(join(tmpdir(), 'frm-import-lake-')), 'feed.xml');
      await writeFile(feed, movingShowFeed(host.origin, show.items));
      const out = io(envFor(lake));
      expect(await runPodcastCommand([feed, '--to-content-lake'], out), out.lines.join('\n')).toBe(0);
      const assetId = (value: unknown) => (value as { asset?: { _ref?: string } } | undefined)?.asset?._ref;
      const showArt = assetId(published(lake, 'podcast')[0]!.artwork);
      expect(showArt).toMatch(/^image-[0-9a-f]{40}-1400x1400-jpg$/);
      const moved = published(lake, 'podcastEpisode').filter((e) => String(e.guid).startsWith('move-'));
      expect(moved).toHaveLength(4);
      const episodeArt = new Set(moved.map((e) => assetId(e.image)));
      expect(episodeArt.size).toBe(1);
      expect([...episodeArt][0]).toMatch(/^image-[0-9a-f]{40}-1400x1400-jpg$/);
      expect([...episodeArt][0]).not.toBe(showArt);
      expect(moved.every((e) => JSON.stringify(e).includes('_sanityAsset') === false)).toBe(true);
      const transcript = moved.find((e) => e.guid === 'move-1')!.transcript as { file: unknown; language: string };
      expect(assetId(transcript.file)).toMatch(/^file-[0-9a-f]{40}-vtt$/);
      expect(
        lake.documents().filter((d) => d._type === 'sanity.imageAsset' && [showArt, ...episodeArt].includes(d._id)),
      ).toHaveLength(2);
      expect(moved.map((e) => (e.audio as { durationSeconds?: number }).durationSeconds).sort()).toEqual(
        moved.map((e) => show.seconds.get(String(e.guid))).sort(),
      );
    } finally {
      await host.close();
    }
  }, 120_000);

  it('writes the episodes and merges the show settings into a dataset that has content, keeping the rest', async () => {
    lake = await startContentLakeServer({ exportPath: seedExportDir, token: TOKEN });
    const before = published(lake, 'podcast')[0]!;
    const seedEpisodes = published(lake, 'podcastEpisode').length;
    const out = io(envFor(lake));
    expect(
      await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], out),
      out.lines.join('\n'),
    ).toBe(0);
    expect(out.lines.join('\n')).toContain(`Wrote 3 documents to ${lake.projectId}/production in 1 transaction.`);
    const podcast = published(lake, 'podcast')[0]!;
    expect(podcast.title).toBe('Home Front Marriage');
    // Artwork and "Listen on" links uploaded in the studio are not in a feed: they stay.
    expect(podcast.artwork).toEqual(before.artwork);
    expect(podcast.subscribeLinks).toEqual(before.subscribeLinks);
    const episodes = published(lake, 'podcastEpisode');
    expect(episodes).toHaveLength(seedEpisodes + 2);
    expect(episodes.find((e) => e.guid === 'Buzzsprout-14567890')).toMatchObject({ title: 'Fighting Fair' });
    expect(out.lines.join('\n')).not.toContain(TOKEN);
  }, 120_000);

  it('says which token to check when the API refuses it, and changes nothing', async () => {
    lake = await startContentLakeServer({ exportPath: seedExportDir, token: TOKEN });
    const before = snapshot(lake);
    const wrong = 'skWrongTokenMARKER';
    const out = io(envFor(lake, wrong));
    expect(await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], out)).toBe(1);
    const text = out.lines.join('\n');
    expect(text).toMatch(
      /^import:podcast: failed: transaction 1 of 1 was refused: the Content Lake refused the write token \(HTTP 401\): check SANITY_API_WRITE_TOKEN\. Nothing was written\./m,
    );
    expect(text).not.toContain(wrong);
    expect(snapshot(lake)).toBe(before);
  }, 120_000);

  scenarioIt(
    'when a later transaction fails, keeps the earlier ones, says how far it got, and a re-run finishes the import',
    async () => {
      const feed = await feedFile(250);
      let failing = true;
      lake = await startContentLakeServer({
        token: TOKEN,
        // From the second of three transactions on, the API is down (the client's own retries included).
        interceptMutation: async (request, response, count) => {
          if (!failing || count < 2) return false;
          // Read the request first, so the kept-alive connection stays usable for the next one.
          for await (const _chunk of request);
          response.writeHead(503, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: 'Service Unavailable', message: 'try again later', statusCode: 503 }));
          return true;
        },
      });
      const first = io(envFor(lake));
      expect(await runPodcastCommand([feed, '--to-content-lake', '--offline'], first)).toBe(1);
      expect(first.lines.join('\n')).toMatch(
        /transaction 2 of 3 was refused: the Content Lake answered HTTP 503.*\. 99 of 251 documents were written in the 1 transaction before it and are kept\. Fix the cause and run the same command again/,
      );
      // The first transaction is in the dataset, whole: the show settings and 98 episodes.
      expect(published(lake, 'podcast')).toHaveLength(1);
      expect(published(lake, 'podcastEpisode')).toHaveLength(98);
      failing = false;
      const again = io(envFor(lake));
      expect(await runPodcastCommand([feed, '--to-content-lake', '--offline'], again), again.lines.join('\n')).toBe(0);
      expect(again.lines.join('\n')).toContain('Wrote 251 documents to frmtest/production in 3 transactions.');
      const episodes = published(lake, 'podcastEpisode');
      expect(episodes).toHaveLength(250);
      expect(new Set(episodes.map((e) => e.guid)).size).toBe(250);
      expect(published(lake, 'podcast')[0]!.title).toBe('Generated Show');
    },
    120_000,
  );
});

describe('import:posts --to-content-lake', () => {
  it('writes every imported post to the dataset from the environment, and a re-run replaces them', async () => {
    lake = await startContentLakeServer({ token: TOKEN });
    const out = io(envFor(lake));
    expect(await runPostsCommand(['posts', '--to-content-lake'], out), out.lines.join('\n')).toBe(0);
    const posts = published(lake, 'post');
    expect(posts.length).toBeGreaterThan(1);
    expect(out.lines.join('\n')).toContain(`Wrote ${posts.length} documents to frmtest/production in 1 transaction.`);
    for (const post of posts) {
      expect(post._id).toMatch(/^post-import-/);
      expect(typeof post.title).toBe('string');
      expect((post.body as unknown[]).length).toBeGreaterThan(0);
    }
    expect(await runPostsCommand(['posts', '--to-content-lake'], io(envFor(lake)))).toBe(0);
    expect(
      published(lake, 'post')
        .map((p) => p._id)
        .sort(),
    ).toEqual(posts.map((p) => p._id).sort());
  }, 120_000);
});

describe('a feed given as a URL', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Serves the fixture feed at /feed.xml on 127.0.0.1, as a podcast host would. */
  async function serveFeed(): Promise<string> {
    const xml = await readFile(join(fixturesDir, 'buzzsprout.xml'));
    server = createServer((request, response) => {
      if (request.url !== '/feed.xml') return void response.writeHead(404).end('not found');
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  it('imports the same episodes as the file, and names the URL in the report', async () => {
    const origin = await serveFeed();
    const fromUrl = await mkdtemp(join(tmpdir(), 'frm-import-url-'));
    const fromFile = await mkdtemp(join(tmpdir(), 'frm-import-file-'));
    const out = io({});
    expect(
      await runPodcastCommand([`${origin}/feed.xml`, '--out', fromUrl, '--offline'], out),
      out.lines.join('\n'),
    ).toBe(0);
    expect(out.lines.join('\n')).toContain(`Podcast import from ${origin}/feed.xml`);
    expect(await runPodcastCommand(['buzzsprout.xml', '--out', fromFile, '--offline'], io({}))).toBe(0);
    const docs = async (dir: string) =>
      (await readFile(join(dir, 'data.ndjson'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const episodes = (all: Record<string, unknown>[]) =>
      all
        .filter((d) => d._type === 'podcastEpisode')
        .map(({ _id, guid, title, audio, publishedAt }) => ({ _id, guid, title, audio, publishedAt }));
    const viaUrl = episodes(await docs(fromUrl));
    expect(viaUrl.length).toBe(2);
    expect(viaUrl).toEqual(episodes(await docs(fromFile)));
  }, 120_000);

  it('stops with exit code 1 naming the URL and the HTTP status when the host answers an error', async () => {
    const origin = await serveFeed();
    const out = io({});
    expect(await runPodcastCommand([`${origin}/missing.xml`, '--offline'], out)).toBe(1);
    expect(out.lines.join('\n')).toBe(
      `import:podcast: cannot import: Could not download ${origin}/missing.xml: HTTP 404 Not Found`,
    );
  }, 120_000);
});
