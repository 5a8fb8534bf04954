/*
 * `pnpm bench` (all sizes) and `pnpm bench --quick` (500 posts, one run each).
 * Options: --sizes=500,5000  --runs=3  --no-lighthouse  --keep (leave the temp folders)
 * --share-cards=off (our builds without generated share cards: SHARE_CARDS=off).
 * Writes packages/bench/results.json and the results section of packages/bench/README.md.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { countFiles, median, pageWeight, runMeasured, type CommandRun, type PageWeight } from './measure.ts';
import { writePeerSite } from './peerSite.ts';
import { evaluateTargets, type BenchResults, type BuildStats, type SizeResult } from './results.ts';
import { renderReport } from './report.ts';
import { runLighthouse } from './lighthouse.ts';
import { writeSyntheticDataset } from './syntheticDataset.ts';
import { astroBin, BUILD_TIME, buildOurs, siteDir, siteModules } from './ourBuild.ts';

const POSTS_PER_EPISODE = 5;

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const sizes = (option('sizes') ?? (quick ? '500' : '500,5000,20000')).split(',').map(Number);
const runsFor = (posts: number) => Number(option('runs') ?? (quick ? 1 : posts >= 20000 ? 1 : 3));
const keep = args.includes('--keep');
const shareCards = option('share-cards') ?? '';

const benchDir = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;

// Ours builds with Node's default heap (a goal: no NODE_OPTIONS at any size). The peer gets three
// quarters of the machine's memory, which it needs at 20,000 posts.
const peerNodeOptions = { NODE_OPTIONS: `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}` };

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Astro's durations: "812ms", "8.36s" or, past a minute, "1m 57s". */
function durationMs(text: string): number {
  const match = /^(?:(\d+)m\s+)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 's' ? 1000 : 1);
}

const DURATION = '((?:\\d+m\\s+)?[\\d.]+(?:ms|s))';

/** Astro's "[types] Generated 8.36s": the whole content sync (loaders + data store + types). */
function syncMs(output: string): number {
  const match = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(output);
  return match ? durationMs(match[1]!) : Number.NaN;
}

/** Our loaders log "content step 812 ms" as each collection finishes; the last is the step's time. */
function contentStepMs(output: string): number {
  const steps = [...output.matchAll(/content step (\d+) ms/g)].map((m) => Number(m[1]));
  return steps.length ? Math.max(...steps) : Number.NaN;
}

/** Astro's route generation: the first "✓ Completed in 48.13s." after "generating static routes". */
function renderMs(output: string): number {
  const match = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${DURATION}`).exec(output);
  return match ? durationMs(match[1]!) : Number.NaN;
}

/**
 * What the search index (both builds: "search index of N pages in X ms") and, for ours, the
 * `_headers` pass ("_headers written from N pages in Y ms") cost after rendering.
 */
function searchIndexMs(output: string): number {
  const search = /search index of \d+ pages in (\d+) ms/.exec(output)?.[1];
  const headers = /_headers written from \d+ pages in (\d+) ms/.exec(output)?.[1] ?? 0;
  return search === undefined ? Number.NaN : Number(search) + Number(headers);
}

/** HTML pages Pagefind read for the search index. */
const searchPages = (output: string) => Number(/search index of (\d+) pages/.exec(output)?.[1] ?? Number.NaN);

function pagesBuilt(output: string): number {
  return Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);
}

function stats(run: CommandRun): BuildStats {
  const pages = pagesBuilt(run.output);
  return {
    wallMs: run.wallMs,
    peakRssMb: run.peakRssMb,
    cpuMs: run.cpuMs,
    pages,
    pagesPerSecond: pages / (run.wallMs / 1000),
    renderMs: renderMs(run.output),
    searchIndexMs: searchIndexMs(run.output),
    searchPages: searchPages(run.output),
    contentSyncMs: syncMs(run.output),
    contentStepMs: contentStepMs(run.output),
  };
}

function childJson<T>(script: string, scriptArgs: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(benchDir, 'src', script), ...scriptArgs], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

async function buildPeer(peerDir: string): Promise<CommandRun> {
  await Promise.all(
    ['dist', '.astro', '.astro-cache', '.vite-cache'].map((name) =>
      rm(join(peerDir, name), { recursive: true, force: true }),
    ),
  );
  return runMeasured([node, astroBin, 'build'], { cwd: peerDir, env: peerNodeOptions });
}

async function benchSize(
  work: string,
  posts: number,
  withLighthouse: boolean,
): Promise<{
  size: SizeResult;
  weights?: PageWeight[];
  peerWeight?: PageWeight;
  lighthouse?: BenchResults['lighthouse'];
}> {
  const dataset = join(work, `dataset-${posts}`);
  const peerDir = join(work, `peer-${posts}`);
  const outDir = join(work, `out-${posts}`);
  const cacheDir = join(work, `cache-${posts}`);
  let started = performance.now();
  const written = await writeSyntheticDataset(dataset, seedDatasetPath, { posts, postsPerEpisode: POSTS_PER_EPISODE });
  const generateMs = performance.now() - started;
  started = performance.now();
  await writePeerSite(peerDir, written.posts, written.episodes, siteModules);
  log(
    `${posts} posts: dataset (${written.documents} documents) in ${Math.round(generateMs)} ms, peer site in ${Math.round(performance.now() - started)} ms`,
  );

  const loads: Array<{ readMs: number; queryValidateMs: number; totalMs: number; peakRssMb: number }> = [];
  for (let i = 0; i < runsFor(posts); i++) loads.push(await childJson('loadTime.ts', [dataset, BUILD_TIME]));
  log(`${posts} posts: loadContent ${loads.map((l) => Math.round(l.totalMs)).join(', ')} ms`);

  const ours: BuildStats[] = [];
  const peer: BuildStats[] = [];
  for (let run = 0; run < runsFor(posts); run++) {
    // Alternate which goes first, so neither always gets the warmer disk cache.
    const order = run % 2 === 0 ? (['peer', 'ours'] as const) : (['ours', 'peer'] as const);
    for (const which of order) {
      const result =
        which === 'ours'
          ? stats(await buildOurs(dataset, { outDir, cacheDir, cold: true, shareCards }))
          : stats(await buildPeer(peerDir));
      (which === 'ours' ? ours : peer).push(result);
      log(
        `${posts} posts: ${which} cold build ${(result.wallMs / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), ${result.pages} pages, peak RSS ${Math.round(result.peakRssMb)} MB, rendering ${Math.round(result.renderMs)} ms, content sync ${Math.round(result.contentSyncMs)} ms, content step ${result.contentStepMs} ms, search index of ${result.searchPages} pages ${result.searchIndexMs} ms, load ${loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  const htmlFiles = await countFiles(outDir, '.html');
  const weights =
    withLighthouse || posts === sizes[0]
      ? await Promise.all(
          ['', 'blog/post-1/', 'podcast/episode-1/', 'podcast/'].map((page) => pageWeight(outDir, page)),
        )
      : undefined;
  const peerWeight = weights ? await pageWeight(join(peerDir, 'dist'), 'blog/post-1/') : undefined;
  const lighthouse = withLighthouse
    ? await runLighthouse(siteDir, outDir, ['/', '/blog/post-1/', '/podcast/episode-1/'], log)
    : undefined;

  if (!keep)
    await Promise.all([dataset, peerDir, outDir, cacheDir].map((dir) => rm(dir, { recursive: true, force: true })));
  const medianOf = (list: BuildStats[], key: keyof BuildStats) => median(list.map((s) => s[key]));
  return {
    size: {
      posts,
      episodes: written.episodes.length,
      documents: written.documents,
      generateMs,
      contentLoad: {
        medianMs: median(loads.map((l) => l.totalMs)),
        readMs: median(loads.map((l) => l.readMs)),
        queryValidateMs: median(loads.map((l) => l.queryValidateMs)),
        peakRssMb: Math.max(...loads.map((l) => l.peakRssMb)),
        runsMs: loads.map((l) => l.totalMs),
      },
      ours: {
        runs: ours,
        medianWallMs: medianOf(ours, 'wallMs'),
        medianCpuMs: medianOf(ours, 'cpuMs'),
        pages: ours[0]!.pages,
        htmlFiles,
        peakRssMb: Math.max(...ours.map((s) => s.peakRssMb)),
        medianRenderMs: medianOf(ours, 'renderMs'),
        medianSearchIndexMs: medianOf(ours, 'searchIndexMs'),
        medianContentSyncMs: medianOf(ours, 'contentSyncMs'),
        medianContentStepMs: medianOf(ours, 'contentStepMs'),
      },
      peer: {
        runs: peer,
        medianWallMs: medianOf(peer, 'wallMs'),
        medianCpuMs: medianOf(peer, 'cpuMs'),
        pages: peer[0]!.pages,
        peakRssMb: Math.max(...peer.map((s) => s.peakRssMb)),
        medianRenderMs: medianOf(peer, 'renderMs'),
        medianSearchIndexMs: medianOf(peer, 'searchIndexMs'),
      },
      ratio: medianOf(ours, 'wallMs') / medianOf(peer, 'wallMs'),
      oursMsPerPage: medianOf(ours, 'wallMs') / ours[0]!.pages,
      peerMsPerPage: medianOf(peer, 'wallMs') / peer[0]!.pages,
    },
    ...(weights ? { weights } : {}),
    ...(peerWeight ? { peerWeight } : {}),
    ...(lighthouse ? { lighthouse } : {}),
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'frm-bench-'));
  await symlink(siteModules, join(work, 'node_modules'), 'dir');
  log(`${quick ? 'quick' : 'full'} run, sizes ${sizes.join(', ')}, work folder ${work}`);
  const astroVersion = (
    JSON.parse(await readFile(join(siteModules, 'astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const results: BenchResults = {
    mode: quick ? 'quick' : 'full',
    command: ['pnpm bench', ...args].join(' '),
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      astro: astroVersion,
      platform: `${process.platform} ${process.arch}`,
    },
    loadAverage: { start: loadavg()[0]!, end: Number.NaN },
    buildTime: BUILD_TIME,
    sizes: [],
    pageWeight: [],
    lighthouse: { ran: false, reason: 'not run' },
    feed: { measured: false, reason: 'not run' },
    targets: [],
  };
  try {
    // The feed target is about 1,000 episodes whatever the size run: a dataset of 1,000 episodes.
    const feedDataset = join(work, 'dataset-feed');
    await writeSyntheticDataset(feedDataset, seedDatasetPath, { posts: 1000, postsPerEpisode: 1 });
    results.feed = await childJson('feedTime.ts', [feedDataset, BUILD_TIME]);
    log(`feed: ${JSON.stringify(results.feed)}`);
    await rm(feedDataset, { recursive: true, force: true });

    for (const [index, posts] of sizes.entries()) {
      const withLighthouse = index === 0 && !args.includes('--no-lighthouse');
      const outcome = await benchSize(work, posts, withLighthouse);
      results.sizes.push(outcome.size);
      if (outcome.weights)
        results.pageWeight = [
          ...outcome.weights.map((w) => ({ site: 'ours' as const, posts, ...w })),
          ...(outcome.peerWeight ? [{ site: 'peer' as const, posts, ...outcome.peerWeight }] : []),
        ];
      if (outcome.lighthouse) results.lighthouse = outcome.lighthouse;
    }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
  results.loadAverage!.end = loadavg()[0]!;
  results.targets = evaluateTargets(results);
  await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = join(benchDir, 'README.md');
  const readme = await readFile(readmePath, 'utf8').catch(() => '<!-- results:start -->\n<!-- results:end -->\n');
  await writeFile(
    readmePath,
    readme.replace(
      /<!-- results:start -->[\s\S]*<!-- results:end -->/,
      `<!-- results:start -->\n${renderReport(results)}\n<!-- results:end -->`,
    ),
  );
  console.log(renderReport(results));
  log('wrote packages/bench/results.json and the results section of packages/bench/README.md');
}

await main();
