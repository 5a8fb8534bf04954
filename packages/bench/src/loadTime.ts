/*
 * Child process of runBench: times reading + querying + validating one dataset export with the
 * site's own loader (createEmbeddedSource + loadContent), in a fresh process so its memory and
 * JIT state do not depend on what the benchmark did before. Prints one JSON line.
 */
import { createEmbeddedSource, loadContent } from '@frm/content';

const [dataset, now = '2026-11-01T00:00:00Z'] = process.argv.slice(2);
if (!dataset) throw new Error('usage: node src/loadTime.ts <dataset folder> [now]');

const started = performance.now();
const source = await createEmbeddedSource(dataset);
const read = performance.now();
let warnings = 0;
const content = await loadContent(source, { now: new Date(now), onWarning: () => warnings++ });
const done = performance.now();
console.log(
  JSON.stringify({
    readMs: read - started,
    queryValidateMs: done - read,
    totalMs: done - started,
    posts: content.posts.length,
    episodes: content.episodes.length,
    warnings,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
