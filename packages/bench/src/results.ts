import type { PageWeight } from './measure.ts';

export interface BuildStats {
  wallMs: number;
  peakRssMb: number;
  /** User + system CPU time of the build (GNU time). */
  cpuMs: number;
  pages: number;
  pagesPerSecond: number;
  /** Astro's route generation ("generating static routes … Completed in"): rendering every page. */
  renderMs: number;
  /** After rendering: Pagefind indexing the built pages and writing its index, plus (ours) the _headers pass. */
  searchIndexMs: number;
  /** HTML pages Pagefind read for the search index (it indexes those with a data-pagefind-body element). */
  searchPages: number;
  /** Astro's content sync ("[types] Generated …"): our loader's bulk load and the data store. */
  contentSyncMs: number;
  /** Our loaders' content step (bulk load + validation): their last "content step N ms". */
  contentStepMs: number;
}

export interface SizeResult {
  posts: number;
  episodes: number;
  documents: number;
  generateMs: number;
  /** createEmbeddedSource + loadContent in a fresh process: read, GROQ queries, zod validation. */
  contentLoad: { medianMs: number; readMs: number; queryValidateMs: number; peakRssMb: number; runsMs: number[] };
  ours: {
    runs: BuildStats[];
    medianWallMs: number;
    medianCpuMs: number;
    pages: number;
    htmlFiles: number;
    peakRssMb: number;
    medianRenderMs: number;
    medianSearchIndexMs: number;
    medianContentSyncMs: number;
    medianContentStepMs: number;
  };
  peer: {
    runs: BuildStats[];
    medianWallMs: number;
    medianCpuMs: number;
    pages: number;
    peakRssMb: number;
    medianRenderMs: number;
    medianSearchIndexMs: number;
  };
  /** Median wall time ours / peer. */
  ratio: number;
  oursMsPerPage: number;
  peerMsPerPage: number;
}

export interface LighthousePage {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export type LighthouseResult =
  { ran: true; version: string; formFactor: string; pages: LighthousePage[] } | { ran: false; reason: string };

export type FeedResult =
  | { measured: true; function: string; episodes: number; ms: number; xmlChars: number }
  | { measured: false; reason: string };

export interface TargetResult {
  target: string;
  goal: string;
  measured: string;
  status: 'pass' | 'miss' | 'not measured';
  /** How far inside (pass) or outside (miss) the goal. */
  margin: string;
}

export interface BenchResults {
  mode: 'quick' | 'full';
  /** The command as run, e.g. `pnpm bench --sizes=500,5000`. */
  command?: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; astro: string; platform: string };
  /** The machine's 1-minute load average when the run started and ended: how busy it was. */
  loadAverage?: { start: number; end: number };
  buildTime: string;
  sizes: SizeResult[];
  pageWeight: Array<PageWeight & { site: 'ours' | 'peer'; posts: number }>;
  lighthouse: LighthouseResult;
  feed: FeedResult;
  targets: TargetResult[];
}

const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(0)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Checks "measured <= limit" and says by how much it passes or misses. */
function atMost(
  target: string,
  goal: string,
  measured: number,
  limit: number,
  show: (v: number) => string,
): TargetResult {
  if (!Number.isFinite(measured)) return { target, goal, measured: 'n/a', status: 'not measured', margin: '' };
  const pass = measured <= limit;
  const relative = limit === 0 ? '' : `${pct((measured - limit) / limit)} vs the limit, `;
  return {
    target,
    goal,
    measured: show(measured),
    status: pass ? 'pass' : 'miss',
    margin: limit === 0 && pass ? 'at the limit' : `${relative}${show(measured - limit)}`,
  };
}

const notMeasured = (target: string, goal: string, why: string): TargetResult => ({
  target,
  goal,
  measured: why,
  status: 'not measured',
  margin: '',
});

export function evaluateTargets(results: BenchResults): TargetResult[] {
  const targets: TargetResult[] = [];
  const at5000 = results.sizes.find((s) => s.posts === 5000);
  const at20000 = results.sizes.find((s) => s.posts === 20000);
  // Targets stated for 5,000 posts fall back to the largest size run, named in the row.
  const main = at5000 ?? results.sizes.at(-1);
  const label = main
    ? `${main.posts.toLocaleString('en-US')} posts + ${main.episodes.toLocaleString('en-US')} episodes`
    : '';

  if (at5000)
    targets.push(
      atMost('Build time ours / plain Astro, 5,000 posts + 1,000 episodes', '<= 1.5', at5000.ratio, 1.5, (v) =>
        v.toFixed(2),
      ),
    );
  else
    targets.push(
      notMeasured(
        'Build time ours / plain Astro, 5,000 posts + 1,000 episodes',
        '<= 1.5',
        `5,000 not run${main ? `; ${main.posts} posts: ${main.ratio.toFixed(2)}` : ''}`,
      ),
    );
  if (main) {
    targets.push(
      atMost(`Peak RSS ours / plain Astro, ${label}`, '<= 1.2', main.ours.peakRssMb / main.peer.peakRssMb, 1.2, (v) =>
        v.toFixed(2),
      ),
    );
    targets.push(
      atMost(
        `Page rendering (Astro's route generation / pages), ${label}`,
        '<= 2 ms a page',
        main.ours.medianRenderMs / main.ours.pages,
        2,
        (v) => `${v.toFixed(2)} ms`,
      ),
    );
    targets.push(
      atMost(
        `Search index + _headers after rendering ${label}`,
        '<= 3 s',
        main.ours.medianSearchIndexMs,
        3000,
        seconds,
      ),
    );
    targets.push(
      atMost(
        `Content step in the build (queries + validation), ${label}`,
        '<= 3 s',
        main.ours.medianContentStepMs,
        3000,
        seconds,
      ),
    );
    targets.push(
      atMost(
        `Content load + validation (loadContent), ${label}`,
        '<= 10 s',
        main.contentLoad.medianMs,
        10_000,
        seconds,
      ),
    );
  }
  if (at20000) {
    const built = at20000.ours.runs.every((run) => Number.isFinite(run.pages));
    targets.push({
      target: "20,000 posts build with Node's default heap (no NODE_OPTIONS)",
      goal: 'builds',
      measured: built ? `built ${at20000.ours.pages} pages` : 'failed',
      status: built ? 'pass' : 'miss',
      margin: '',
    });
  } else
    targets.push(
      notMeasured("20,000 posts build with Node's default heap (no NODE_OPTIONS)", 'builds', '20,000 not run'),
    );
  // "No worse than linear": the same time per page; 10% is allowed for noise on a shared machine.
  if (at5000 && at20000) {
    const linear = atMost(
      'Time per page, 20,000 posts vs 5,000 (linear = 1.0)',
      '<= 1.1x',
      at20000.oursMsPerPage / at5000.oursMsPerPage,
      1.1,
      (v) => `${v.toFixed(2)}x`,
    );
    // CPU time per page says the same with less noise from whatever else the machine was doing.
    const cpu = at20000.ours.medianCpuMs / at20000.ours.pages / (at5000.ours.medianCpuMs / at5000.ours.pages);
    targets.push({
      ...linear,
      measured: `${linear.measured} (CPU time per page: ${Number.isFinite(cpu) ? cpu.toFixed(2) : 'n/a'}x)`,
    });
  } else
    targets.push(
      notMeasured('Time per page, 20,000 posts vs 5,000 (linear = 1.0)', '<= 1.1x', '20,000 and 5,000 not both run'),
    );
  if (results.feed.measured)
    targets.push(
      atMost(
        `Podcast feed of ${results.feed.episodes} episodes`,
        '<= 1 s',
        results.feed.ms,
        1000,
        (v) => `${Math.round(v)} ms`,
      ),
    );
  else targets.push(notMeasured('Podcast feed of 1,000 episodes', '<= 1 s', results.feed.reason));

  const weight = (page: string) => results.pageWeight.find((w) => w.site === 'ours' && w.page === page);
  const post = weight('blog/post-1/');
  const episode = weight('podcast/episode-1/');
  if (post) {
    targets.push(atMost('Post page JS (gzip)', '0 bytes', post.jsGzipBytes, 0, (v) => `${v} B`));
    targets.push(
      atMost('Post page HTML+CSS (gzip)', '<= 20 KB', post.htmlCssGzipBytes / 1024, 20, (v) => `${v.toFixed(1)} KB`),
    );
  }
  if (episode)
    targets.push(
      atMost('Episode page JS (gzip)', '<= 5 KB', episode.jsGzipBytes / 1024, 5, (v) => `${v.toFixed(2)} KB`),
    );

  if (results.lighthouse.ran) {
    for (const page of results.lighthouse.pages) {
      for (const [key, name] of [
        ['performance', 'Performance'],
        ['accessibility', 'Accessibility'],
        ['bestPractices', 'Best practices'],
        ['seo', 'SEO'],
      ] as const) {
        const score = page[key];
        targets.push({
          target: `Lighthouse ${name}, ${page.url}`,
          goal: '100 (>= 95)',
          measured: String(score),
          status: score >= 95 ? 'pass' : 'miss',
          margin: score >= 100 ? 'at 100' : `${score - 100} from 100${score < 95 ? `, ${score - 95} from 95` : ''}`,
        });
      }
    }
  } else targets.push(notMeasured('Lighthouse, all four categories', '100 (>= 95)', results.lighthouse.reason));
  return targets;
}
