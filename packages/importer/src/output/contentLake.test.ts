import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startContentLakeServer,
  type ContentLakeServerOptions,
  type RunningContentLakeServer,
} from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { runPodcastCommand } from '../cli/podcastCommand.ts';
import type { CliIo } from '../cli/io.ts';
import { fixturesDir, generatedFeed, scenarioIt } from '../testing.ts';

/* `--to-content-lake` against the shared Content Lake stand-in: what the dataset holds afterwards. */

const TOKEN = 'write-token';
let server: RunningContentLakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<ContentLakeServerOptions> = {}) {
  server = await startContentLakeServer({ token: TOKEN, ...options });
  return server;
}

const io = (env: Record<string, string> = {}): CliIo & { lines: string[] } => {
  const lines: string[] = [];
  return { cwd: fixturesDir, env, out: (l) => lines.push(l), err: (l) => lines.push(l), lines };
};

const target = (running: RunningContentLakeServer) => ({
  projectId: running.projectId,
  dataset: running.dataset,
  token: TOKEN,
  apiVersion: '2025-02-19',
  apiHost: running.url,
});
const byId = (running: RunningContentLakeServer, id: string) => running.documents().find((doc) => doc._id === id);

describe('--to-content-lake', () => {
  it('writes every episode and merges the show settings into the existing ones, in one transaction for a small feed', async () => {
    const running = await start({ exportPath: seedDatasetPath });
    const before = byId(running, 'podcast')!;
    const out = io();
    expect(
      await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], out, {
        contentLake: target(running),
      }),
    ).toBe(0);
    expect(running.transactions()).toHaveLength(1);

    // The feed's show fields replace the old ones; artwork and "Listen on" links set in the studio stay.
    const podcast = byId(running, 'podcast')!;
    expect(podcast).toMatchObject({
      title: 'Home Front Marriage',
      podcastGuid: 'a6d5b1c3-2f4e-5a6b-8c7d-9e0f1a2b3c4d',
    });
    expect(podcast.artwork).toEqual(before.artwork);
    expect(podcast.subscribeLinks).toEqual(before.subscribeLinks);
    expect(podcast._rev).toBe(running.transactions()[0]!.transactionId);

    const episodes = running
      .documents()
      .filter((doc) => doc._type === 'podcastEpisode' && doc.guid === 'Buzzsprout-14567890');
    expect(episodes).toHaveLength(1);
    const episode = episodes[0]!;
    expect(episode).toMatchObject({
      title: 'Fighting Fair',
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
    });
    // Every array item carries a _key, as the Content Lake requires.
    for (const block of episode.showNotes as Array<Record<string, unknown>>) {
      expect(block._key).toMatch(/^[0-9a-f]{12}$/);
      for (const span of block.children as Array<Record<string, unknown>>) expect(span._key).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(out.lines.join('\n')).toContain(
      `Wrote 3 documents to ${running.projectId}/${running.dataset} in 1 transaction.`,
    );
  });

  it('creates the show settings when the dataset has none', async () => {
    const running = await start();
    expect(
      await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], io(), {
        contentLake: target(running),
      }),
    ).toBe(0);
    expect(byId(running, 'podcast')).toMatchObject({ _type: 'podcast', title: 'Home Front Marriage' });
    expect(running.documents().filter((doc) => doc._type === 'podcastEpisode')).toHaveLength(2);
  });

  scenarioIt(
    'splits a large import into transactions of at most 100 mutations, and a re-run updates the same documents',
    async () => {
      const running = await start();
      const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
      await writeFile(join(dir, 'feed.xml'), generatedFeed(250));
      const run = async () => {
        const out = io();
        expect(
          await runPodcastCommand([join(dir, 'feed.xml'), '--to-content-lake', '--offline'], out, {
            contentLake: target(running),
          }),
          out.lines.join('\n').slice(-2000),
        ).toBe(0);
      };
      const episodeIds = () =>
        running
          .documents()
          .filter((doc) => doc._type === 'podcastEpisode')
          .map((doc) => doc._id)
          .sort();

      await run();
      expect(running.transactions().map((t) => t.mutations.length)).toEqual([100, 100, 52]);
      const first = episodeIds();
      expect(first).toHaveLength(250);
      await run();
      expect(running.transactions()).toHaveLength(6);
      expect(episodeIds()).toEqual(first);
    },
    60_000,
  );

  it('reads the target from the environment, including a local API host', async () => {
    const running = await start();
    const env = {
      SANITY_PROJECT_ID: running.projectId,
      SANITY_DATASET: running.dataset,
      SANITY_API_WRITE_TOKEN: TOKEN,
      SANITY_API_HOST: running.url,
    };
    expect(await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], io(env))).toBe(0);
    expect(running.documents().filter((doc) => doc._type === 'podcastEpisode')).toHaveLength(2);
  });

  it('fails with a clear message when the environment lacks the project or token', async () => {
    const out = io();
    expect(await runPodcastCommand(['buzzsprout.xml', '--to-content-lake', '--offline'], out)).toBe(1);
    expect(out.lines.join('\n')).toMatch(/--to-content-lake needs SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN/);
  });
});
