import { buildSite, readBuilt, type SiteBuild } from '@frm/site/test/buildSite';
import { SITE_BUILD_TIMEOUT_MS } from '@frm/site/test/timeouts';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spokenDuration } from '@frm/content/duration';
import { startRangeServer, type RangeServer } from '@frm/content/testing/rangeServer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPodcastCommand } from '../src/cli/podcastCommand.ts';
import type { CliIo } from '../src/cli/io.ts';
import { parseFeed } from '../src/feed/parseFeed.ts';
import { seedExportDir } from '../src/testing.ts';
import { movingShowFeed, movingShowFiles } from '../src/testing/movingHost.ts';

/*
 * Issue 30's acceptance: a show moving from another host, its feed shaped like the real one (no
 * <itunes:duration>, half the items without a length, every item sharing one image, a transcript
 * link), is imported and merged into the seed, then the real site is built from it with no hand
 * work: once with the audio reachable on a local server (lengths measured, artwork and transcript
 * brought along), once with --offline (warnings, the build does not stop, the feed leaves out the
 * lengths and stays readable by python3-feedparser).
 */

const BUILD_TIME = '2026-11-01T00:00:00Z';
const EPISODES = 6;
let server: RangeServer;
let seconds: Map<string, number>;
let online: { report: string; dir: string; build: SiteBuild };
let offline: { report: string; dir: string; build: SiteBuild };

async function importAndBuild(
  feedFile: string,
  extra: string[],
): Promise<{ report: string; dir: string; build: SiteBuild }> {
  const dir = await mkdtemp(join(tmpdir(), 'frm-moving-'));
  const lines: string[] = [];
  const io: CliIo = { cwd: dir, env: {}, out: (l) => lines.push(l), err: (l) => lines.push(l) };
  const code = await runPodcastCommand(
    [feedFile, '--out', join(dir, 'dataset'), '--merge-into', seedExportDir, ...extra],
    io,
    { remote: { timeoutMs: 10_000 } },
  );
  expect(code, lines.join('\n')).toBe(0);
  return {
    report: lines.join('\n'),
    dir: join(dir, 'dataset'),
    build: await buildSite({ LOCAL_DATASET: join(dir, 'dataset'), BUILD_TIME }),
  };
}

beforeAll(async () => {
  const show = await movingShowFiles(EPISODES);
  seconds = show.seconds;
  server = await startRangeServer(show.files);
  const feedFile = join(await mkdtemp(join(tmpdir(), 'frm-moving-feed-')), 'feed.xml');
  await writeFile(feedFile, movingShowFeed(server.origin, show.items));
  // One after another: concurrent Astro builds of one site share its .astro folder.
  online = await importAndBuild(feedFile, []);
  // Offline, the enclosures must carry their sizes (the build needs them): as most real feeds do.
  const withSizes = show.items.map((item) => ({ ...item, length: String(show.files[item.audioPath]!.bytes.length) }));
  const offlineFeed = join(await mkdtemp(join(tmpdir(), 'frm-moving-feed-')), 'feed.xml');
  await writeFile(offlineFeed, movingShowFeed(server.origin, withSizes));
  const requestsBefore = server.requests.length;
  offline = await importAndBuild(offlineFeed, ['--offline']);
  expect(server.requests.length, '--offline reaches no other host').toBe(requestsBefore);
}, 3 * SITE_BUILD_TIMEOUT_MS);

afterAll(() => server?.close());

const builtFeed = async (build: SiteBuild) =>
  parseFeed(await readBuilt(build.outDir, 'podcast/feed.xml'), 'built feed');
const slugOf = (n: number) => `moving-day-${n}`;

describe('moving a show whose audio the importer can reach', () => {
  it('builds with no hand work, every episode with its measured length', async () => {
    expect(online.build.exitCode, online.build.output.slice(-4000)).toBe(0);
    const items = (await builtFeed(online.build)).items.filter((i) => i.guid.startsWith('move-'));
    expect(items.map((i) => [i.guid, Number(i.duration)]).sort()).toEqual([...seconds].sort());
    expect(online.build.output).not.toMatch(/has no length/);
  });

  it('carries the show artwork, the shared episode artwork and the transcript into the feed', async () => {
    const feed = await builtFeed(online.build);
    const episodeImages = new Set(feed.items.filter((i) => i.guid.startsWith('move-')).map((i) => i.imageUrl));
    expect(episodeImages.size).toBe(1);
    expect([...episodeImages][0]).toMatch(/1400x1400/);
    expect(feed.show.imageUrl).toMatch(/1400x1400/);
    expect(feed.show.imageUrl).not.toBe([...episodeImages][0]);
    const first = feed.items.find((i) => i.guid === 'move-1')!;
    expect(first.transcripts).toEqual([expect.objectContaining({ type: 'text/vtt' })]);
    expect(online.report).toContain(`${EPISODES} episodes use the same artwork, imported once`);
  });

  it('shows the length on the episode page', async () => {
    const page = await readBuilt(online.build.outDir, `podcast/${slugOf(1)}/index.html`);
    expect(page).toContain(spokenDuration(seconds.get('move-1')!));
  });
});

describe('moving the same show with --offline', () => {
  it('builds too: the build warns about each episode without a length and does not stop', () => {
    expect(offline.build.exitCode, offline.build.output.slice(-4000)).toBe(0);
    const warnings = offline.build.output
      .split('\n')
      .filter((l) => /podcastEpisode "episode-import-[^"]+" field "audio\.durationSeconds": has no length/.test(l));
    expect(warnings).toHaveLength(EPISODES);
    expect(warnings[0]).toContain(
      'click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again',
    );
    expect(offline.report).toMatch(
      new RegExp(`- ${EPISODES} items: has no <itunes:duration> \\(not measured: --offline\\)`),
    );
  });

  it('leaves <itunes:duration> out of the feed and the length off the page, and the feed stays valid', async () => {
    const xml = await readBuilt(offline.build.outDir, 'podcast/feed.xml');
    const items = (await builtFeed(offline.build)).items;
    const moved = items.filter((i) => i.guid.startsWith('move-'));
    expect(moved).toHaveLength(EPISODES);
    expect(moved.every((i) => i.duration === '' && i.enclosureLength !== '')).toBe(true);
    // The seed's own episodes keep theirs.
    expect(items.filter((i) => !i.guid.startsWith('move-')).every((i) => Number(i.duration) > 0)).toBe(true);
    const file = join(offline.dir, 'built-feed.xml');
    await writeFile(file, xml);
    const script =
      'import sys, json, feedparser\nd = feedparser.parse(sys.argv[1])\nprint(json.dumps({"bozo": int(d.bozo), "entries": len(d.entries)}))';
    const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, file]);
    expect(JSON.parse(stdout)).toEqual({ bozo: 0, entries: items.length });
    const page = await readBuilt(offline.build.outDir, `podcast/${slugOf(1)}/index.html`);
    expect(page).not.toContain(spokenDuration(seconds.get('move-1')!));
    expect(page).toContain('Download audio');
  });

  it('names the artwork and transcript addresses in the report, to bring them along later', () => {
    expect(offline.report).toMatch(/- show: show artwork not downloaded \(--offline\)/);
    expect(offline.report).toMatch(new RegExp(`- ${EPISODES} items: episode artwork not downloaded \\(--offline\\)`));
    expect(offline.report).toContain(`${server.origin}/transcripts/1.vtt`);
  });
});
