import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesDir, seedExportDir } from '../testing.ts';
import type { CliIo } from './io.ts';
import { runPodcastCommand } from './podcastCommand.ts';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
/** One Node process that loads the whole importer: seconds on a loaded 2-core machine. */
const SPAWN_TIMEOUT_MS = 300_000;

const io = (cwd = fixturesDir): CliIo & { text: () => string } => {
  const lines: string[] = [];
  return { cwd, env: {}, out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join('\n') };
};

const readLines = async (folder: string) =>
  (await readFile(join(folder, 'data.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('import:podcast command', () => {
  it('exits 1 with a clear message for a missing file, a non-XML file and a non-RSS file, and 2 with the usage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
    await writeFile(join(dir, 'page.html'), 'Sorry, this page has moved.');
    await writeFile(join(dir, 'atom.xml'), '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>');
    const run = async (...argv: string[]) => {
      const out = io(dir);
      return { code: await runPodcastCommand(argv, out), text: out.text() };
    };
    const missing = await run('nope.xml', '--out', join(dir, 'out'));
    expect(missing.code).toBe(1);
    expect(missing.text).toContain(`Feed file not found: ${join(dir, 'nope.xml')}`);
    const html = await run('page.html', '--out', join(dir, 'out'));
    expect(html.code).toBe(1);
    expect(html.text).toMatch(/page\.html is not an RSS feed: it is not XML/);
    const atom = await run('atom.xml', '--out', join(dir, 'out'));
    expect(atom.code).toBe(1);
    expect(atom.text).toMatch(/root element is <feed>, expected <rss>/);
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.text).toContain('Usage: pnpm import:podcast');
  });

  it(
    "runs as a real process: resolves paths from INIT_CWD, exits with the command's code, explains on stderr",
    { timeout: SPAWN_TIMEOUT_MS },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
      const result = spawnSync(process.execPath, ['src/cli/importPodcast.ts', 'nope.xml', '--out', join(dir, 'out')], {
        cwd: packageDir,
        env: { ...process.env, INIT_CWD: dir },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Feed file not found: ${join(dir, 'nope.xml')}`);
    },
  );

  it('resolves relative paths from the working folder it is given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
    const out = io(fixturesDir);
    expect(await runPodcastCommand(['anchor.xml', '--out', join(dir, 'out'), '--offline'], out)).toBe(0);
    expect(out.text()).toContain('2 imported, 0 not imported');
    expect((await readLines(join(dir, 'out'))).map((d) => d._type)).toEqual([
      'podcastEpisode',
      'podcastEpisode',
      'podcast',
    ]);
  });

  it('writes an export that is byte-identical on a re-run, with keys on every array item and no asset references', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
    expect(await runPodcastCommand(['powerpress.xml', '--out', join(dir, 'a'), '--offline'], io())).toBe(0);
    expect(await runPodcastCommand(['powerpress.xml', '--out', join(dir, 'b'), '--offline'], io())).toBe(0);
    expect(await runPodcastCommand(['powerpress.xml', '--out', join(dir, 'a'), '--offline'], io())).toBe(0);
    const a = await readFile(join(dir, 'a', 'data.ndjson'), 'utf8');
    expect(await readFile(join(dir, 'b', 'data.ndjson'), 'utf8')).toBe(a);
    expect(a).not.toContain('_sanityAsset');
    const unkeyed: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value))
        value.forEach((item, i) =>
          item && typeof item === 'object'
            ? '_key' in item
              ? walk(item, `${path}[${i}]`)
              : unkeyed.push(`${path}[${i}]`)
            : undefined,
        );
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const doc of await readLines(join(dir, 'a'))) walk(doc, String(doc._id));
    expect(unkeyed).toEqual([]);
  });

  it('merges into an existing export: keeps its documents and assets, replaces imported ids, keeps uploaded artwork', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-import-'));
    const out = join(dir, 'merged');
    const first = io();
    expect(
      await runPodcastCommand(['anchor.xml', '--out', out, '--merge-into', seedExportDir, '--offline'], first),
    ).toBe(0);
    const seed = (await readFile(join(seedExportDir, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const merged = await readLines(out);
    expect(merged).toHaveLength(seed.length + 2);
    expect(merged.map((d) => d._id)).toEqual(expect.arrayContaining(seed.map((d) => d._id)));
    const podcast = merged.find((d) => d._id === 'podcast')!;
    const seedPodcast = seed.find((d) => d._id === 'podcast')!;
    expect(podcast.title).toBe('Family Room Talks');
    expect(podcast.artwork).toEqual(seedPodcast.artwork);
    expect(podcast.subscribeLinks).toEqual(seedPodcast.subscribeLinks);
    const artworkFile = String((seedPodcast.artwork as { _sanityAsset: string })._sanityAsset).replace(
      'image@file://./',
      '',
    );
    expect(await readFile(join(out, artworkFile))).toEqual(await readFile(join(seedExportDir, artworkFile)));
    // Importing again into the merged export replaces, never duplicates.
    const before = await readFile(join(out, 'data.ndjson'), 'utf8');
    expect(await runPodcastCommand(['anchor.xml', '--out', out, '--merge-into', out, '--offline'], io())).toBe(0);
    expect(await readFile(join(out, 'data.ndjson'), 'utf8')).toBe(before);
  });
});
