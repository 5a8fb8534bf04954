/*
 * `pnpm bench:share-cards`: what the generated share cards cost a build (issue #29: at 500 posts,
 * at most 15% more than without them). Builds of one synthetic dataset with cards and without
 * (SHARE_CARDS=off), interleaved so both meet the same load: each cold (empty output and cache:
 * every card drawn), then warm (the cache kept: no card drawn). Medians of --runs (3).
 * Options: --posts=500 --runs=3. Run it on a quiet machine.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { median, type CommandRun } from './measure.ts';
import { buildOurs, siteModules } from './ourBuild.ts';
import { writeSyntheticDataset } from './syntheticDataset.ts';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const posts = Number(option('posts') ?? 500);
const runs = Number(option('runs') ?? 3);
const log = (message: string) => console.log(`[share cards ${new Date().toISOString().slice(11, 19)}] ${message}`);

type Variant = 'with cards' | 'without cards';
type Runs = Record<Variant, Record<'cold' | 'warm', CommandRun[]>>;

const work = await mkdtemp(join(tmpdir(), 'frm-share-cards-'));
try {
  await symlink(siteModules, join(work, 'node_modules'), 'dir');
  const dataset = join(work, 'dataset');
  const written = await writeSyntheticDataset(dataset, seedDatasetPath, { posts, postsPerEpisode: 5 });
  log(`${posts} posts, ${written.episodes.length} episodes; load average ${loadavg()[0]!.toFixed(1)}`);
  const results: Runs = { 'with cards': { cold: [], warm: [] }, 'without cards': { cold: [], warm: [] } };
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so neither always meets the warmer disk cache.
    const order: Variant[] = run % 2 ? ['without cards', 'with cards'] : ['with cards', 'without cards'];
    for (const variant of order) {
      const folders = { outDir: join(work, 'out'), cacheDir: join(work, 'cache') };
      const shareCards = variant === 'with cards' ? 'on' : 'off';
      for (const cold of [true, false]) {
        const build = await buildOurs(dataset, { ...folders, cold, shareCards });
        results[variant][cold ? 'cold' : 'warm'].push(build);
        const cards = /(\d+) share cards \((\d+) drawn/.exec(build.output);
        log(
          `${variant}, ${cold ? 'cold' : 'warm'}: ${(build.wallMs / 1000).toFixed(1)} s, CPU ${(build.cpuMs / 1000).toFixed(1)} s${cards ? `, ${cards[1]} cards (${cards[2]} drawn)` : ''}, load ${loadavg()[0]!.toFixed(1)}`,
        );
      }
    }
  }
  const seconds = (list: CommandRun[], key: 'wallMs' | 'cpuMs') => median(list.map((r) => r[key])) / 1000;
  const peakRss = (variant: Variant) => `${Math.round(median(results[variant].cold.map((r) => r.peakRssMb)))} MB`;
  const cost = (state: 'cold' | 'warm', key: 'wallMs' | 'cpuMs') =>
    `+${Math.round((seconds(results['with cards'][state], key) / seconds(results['without cards'][state], key) - 1) * 100)}%`;
  const row = (variant: Variant) =>
    `| ${variant} | ${(['cold', 'warm'] as const).flatMap((state) => (['wallMs', 'cpuMs'] as const).map((key) => `${seconds(results[variant][state], key).toFixed(1)} s`)).join(' | ')} | ${peakRss(variant)} |`;
  console.log(
    [
      `\n${posts} posts, medians of ${runs} interleaved builds; load average ${loadavg()[0]!.toFixed(1)} at the end\n`,
      '| build | cold: wall | cold: CPU | warm: wall | warm: CPU | cold: peak RSS |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      row('without cards'),
      row('with cards'),
      `| cost of the cards | ${cost('cold', 'wallMs')} | ${cost('cold', 'cpuMs')} | ${cost('warm', 'wallMs')} | ${cost('warm', 'cpuMs')} | |`,
    ].join('\n'),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
