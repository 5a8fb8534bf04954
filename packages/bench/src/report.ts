import type { BenchResults } from './results.ts';

const n = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';
const s = (ms: number) => `${n(ms / 1000, 1)} s`;

/** The results section of the README, as Markdown. */
export function renderReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Measured ${r.date.slice(0, 10)} (${r.mode} run: \`${r.command ?? `pnpm bench${r.mode === 'quick' ? ' --quick' : ''}`}\`) on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB RAM, ${r.machine.platform}; Node ${r.machine.node}, Astro ${r.machine.astro}${r.loadAverage ? `; load average ${n(r.loadAverage.start, 1)} at the start, ${n(r.loadAverage.end, 1)} at the end` : ''}. BUILD_TIME ${r.buildTime}. Raw numbers: [results.json](results.json).`,
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push('| target | goal | measured | result | margin |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const t of r.targets)
    out.push(
      `| ${t.target} | ${t.goal} | ${t.measured.replace(/\|/g, '\\|')} | ${t.status === 'pass' ? 'pass' : t.status === 'miss' ? '**miss**' : 'not measured'} | ${t.margin} |`,
    );
  out.push('');
  out.push('### Builds (cold: empty cache and output; median of the runs)');
  out.push('');
  out.push(
    '| posts | episodes | runs | ours: wall | ours: CPU | ours: pages | ours: peak RSS | ours: rendering | ours: search index + _headers | peer: wall | peer: CPU | peer: pages | peer: peak RSS | peer: rendering | peer: search index | ratio ours/peer (time / RSS) | ms/page ours / peer (whole build) | rendering ms/page ours / peer |',
  );
  out.push(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const z of r.sizes) {
    out.push(
      `| ${n(z.posts)} | ${n(z.episodes)} | ${z.ours.runs.length} | ${s(z.ours.medianWallMs)} | ${s(z.ours.medianCpuMs)} | ${n(z.ours.pages)} (${n(z.ours.runs[0]!.searchPages)} read by Pagefind) | ${n(z.ours.peakRssMb)} MB | ${s(z.ours.medianRenderMs)} | ${s(z.ours.medianSearchIndexMs)} | ${s(z.peer.medianWallMs)} | ${s(z.peer.medianCpuMs)} | ${n(z.peer.pages)} (${n(z.peer.runs[0]!.searchPages)} read by Pagefind) | ${n(z.peer.peakRssMb)} MB | ${s(z.peer.medianRenderMs)} | ${s(z.peer.medianSearchIndexMs)} | ${n(z.ratio, 2)} / ${n(z.ours.peakRssMb / z.peer.peakRssMb, 2)} | ${n(z.oursMsPerPage, 2)} / ${n(z.peerMsPerPage, 2)} | ${n(z.ours.medianRenderMs / z.ours.pages, 2)} / ${n(z.peer.medianRenderMs / z.peer.pages, 2)} |`,
    );
  }
  out.push('');
  out.push('### Content load (ours)');
  out.push('');
  out.push(
    "Content step = our loaders (bulk load + validation); content sync = all of Astro's sync (the step plus reading and writing its data store, and types).",
  );
  out.push('');
  out.push('| posts | loadContent (read / queries+validation) | peak RSS of loadContent | content step / sync |');
  out.push('| ---: | --- | ---: | --- |');
  for (const z of r.sizes) {
    out.push(
      `| ${n(z.posts)} | ${s(z.contentLoad.medianMs)} (${s(z.contentLoad.readMs)} / ${s(z.contentLoad.queryValidateMs)}) | ${n(z.contentLoad.peakRssMb)} MB | ${s(z.ours.medianContentStepMs)} / ${s(z.ours.medianContentSyncMs)} |`,
    );
  }
  out.push('');
  out.push('### Podcast feed');
  out.push('');
  out.push(
    r.feed.measured
      ? `\`${r.feed.function}\` for ${n(r.feed.episodes)} episodes: ${n(r.feed.ms, 1)} ms (median of 5 after a warm-up), ${n(r.feed.xmlChars)} characters of XML.`
      : `Not measured: ${r.feed.reason}.`,
  );
  out.push('');
  out.push(`### Page weight (${r.pageWeight[0] ? `${n(r.pageWeight[0].posts)}-post build` : 'not measured'})`);
  out.push('');
  out.push('| site | page | HTML+CSS gzip | JS gzip | requests | of which eager images |');
  out.push('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const w of r.pageWeight)
    out.push(
      `| ${w.site} | /${w.page} | ${n(w.htmlCssGzipBytes / 1024, 1)} KB | ${n(w.jsGzipBytes / 1024, 2)} KB | ${w.requests} | ${w.eagerImages} |`,
    );
  out.push('');
  out.push('### Lighthouse');
  out.push('');
  if (r.lighthouse.ran) {
    out.push(
      `Lighthouse ${r.lighthouse.version}, ${r.lighthouse.formFactor}, Debian chromium headless, against \`astro preview\` on 127.0.0.1.`,
    );
    out.push('');
    out.push('| page | performance | accessibility | best practices | SEO |');
    out.push('| --- | ---: | ---: | ---: | ---: |');
    for (const p of r.lighthouse.pages)
      out.push(`| ${p.url} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} |`);
  } else out.push(`Did not run: ${r.lighthouse.reason}`);
  return out.join('\n');
}
