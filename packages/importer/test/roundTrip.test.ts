import { buildSite } from '@frm/site/test/buildSite';
import { SITE_BUILD_TIMEOUT_MS } from '@frm/site/test/timeouts';
import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedSource, loadContent } from '@frm/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPodcastCommand } from '../src/cli/podcastCommand.ts';
import { runPostsCommand } from '../src/cli/postsCommand.ts';
import type { CliIo } from '../src/cli/io.ts';
import { parseDuration } from '../src/duration.ts';
import { parseFeed, type FeedItem } from '../src/feed/parseFeed.ts';
import { parseFeedDate } from '../src/dates.ts';
import { fixturesDir, seedExportDir } from '../src/testing.ts';

/*
 * Round trip: a host's feed is imported and merged into the seed dataset, the real site is built
 * from that export, and our own /podcast/feed.xml must carry every imported episode with the same
 * GUID, enclosure, date and duration as the old host's feed, so no subscriber gets duplicates.
 */

const siteRoot = fileURLToPath(new URL('../../../site/', import.meta.url));
const BUILD_TIME = '2026-11-01T00:00:00Z';
const SOURCE = 'buzzsprout.xml';

const quiet = (): CliIo => ({ cwd: fixturesDir, env: {}, out: () => {}, err: (l) => console.error(l) });

let exportDir = '';
let sourceItems: FeedItem[] = [];

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'frm-roundtrip-'));
  exportDir = join(work, 'dataset');
  expect(
    await runPodcastCommand([SOURCE, '--out', exportDir, '--merge-into', seedExportDir, '--offline'], quiet()),
  ).toBe(0);
  expect(await runPostsCommand(['posts', '--out', exportDir, '--merge-into', exportDir], quiet())).toBe(0);
  sourceItems = parseFeed(await readFile(join(fixturesDir, SOURCE), 'utf8'), SOURCE).items;
});

const key = (
  item: Pick<FeedItem, 'guid' | 'enclosureUrl' | 'enclosureLength' | 'enclosureType' | 'pubDate' | 'duration'>,
) => ({
  guid: item.guid,
  enclosure: { url: item.enclosureUrl, length: Number(item.enclosureLength), type: item.enclosureType },
  publishedAt: parseFeedDate(item.pubDate),
  durationSeconds: parseDuration(item.duration),
});

describe('import -> dataset -> site', () => {
  it('loads through the content layer the site uses (zod models, GROQ queries)', async () => {
    const content = await loadContent(await createEmbeddedSource(exportDir), {
      now: new Date(BUILD_TIME),
      onWarning: () => {},
    });
    const imported = content.episodes.filter((e) => e._id.startsWith('episode-import-'));
    expect(
      imported
        .map((e) => ({
          guid: e.guid,
          url: e.audio?.url,
          length: e.audio?.sizeBytes,
          publishedAt: e.publishedAt,
          duration: e.audio?.durationSeconds,
        }))
        .sort((a, b) => a.guid!.localeCompare(b.guid!)),
    ).toEqual(
      sourceItems
        .map((item) => ({
          guid: item.guid,
          url: item.enclosureUrl,
          length: Number(item.enclosureLength),
          publishedAt: parseFeedDate(item.pubDate),
          duration: Math.round(Number(item.duration)),
        }))
        .sort((a, b) => a.guid.localeCompare(b.guid)),
    );
    expect(imported.find((e) => e.guid === 'Buzzsprout-14567890')?.chapters.map((c) => c.title)).toEqual([
      'Welcome',
      'Timeouts',
      'Soft starts',
    ]);
    expect(content.podcast).toMatchObject({
      title: 'Home Front Marriage',
      podcastGuid: 'a6d5b1c3-2f4e-5a6b-8c7d-9e0f1a2b3c4d',
      type: 'serial',
    });
    expect(content.podcast.artwork?.asset).not.toBeNull();
    expect(content.siteSettings.title).toBeTruthy();
    expect(
      content.posts
        .filter((p) => p._id.startsWith('post-import-'))
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['date-night-ideas', 'legacy-wordpress', 'no-front-matter']);
  });

  it(
    'builds the site, and /podcast/feed.xml keeps every GUID, enclosure, date and duration',
    { timeout: SITE_BUILD_TIMEOUT_MS },
    async () => {
      const endpoint = join(siteRoot, 'src', 'pages', 'podcast', 'feed.xml.ts');
      await access(endpoint); // the feed endpoint is part of the site; without it there is nothing to compare
      const { exitCode, output, outDir } = await buildSite({ LOCAL_DATASET: exportDir, BUILD_TIME });
      expect(exitCode, output.slice(-4000)).toBe(0);

      const ours = parseFeed(await readFile(join(outDir, 'podcast', 'feed.xml'), 'utf8'), 'built feed');
      expect(ours.show.podcastGuid).toBe('a6d5b1c3-2f4e-5a6b-8c7d-9e0f1a2b3c4d');
      const byGuid = new Map(ours.items.map((item) => [item.guid, item]));
      for (const item of sourceItems) {
        const built = byGuid.get(item.guid);
        expect(built, `episode ${item.guid} is missing from the built feed`).toBeDefined();
        expect(key(built!)).toEqual(key(item));
      }
      const fighting = ours.items.find((i) => i.guid === 'Buzzsprout-14567890')!;
      expect(fighting.chaptersUrl).not.toBe('');
      // Imported posts have pages.
      await access(join(outDir, 'blog', 'date-night-ideas', 'index.html'));
    },
  );
});
