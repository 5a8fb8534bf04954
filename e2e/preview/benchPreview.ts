/*
 * `pnpm bench:preview`: load on the preview server with the Content Lake stand-in behind it.
 * 50 concurrent clients for 20 s on the published home page, then on a post page (autocannon),
 * while the preview server's RSS is sampled every second. Not part of `pnpm test`: it measures
 * speed, which depends on the machine. Ports 4443-4444 (h/preview's range).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { startContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_SECONDS ?? 20);
const port = 4444;
const token = 'sk-bench-token';
const pages = { home: '/', post: '/blog/rebuilding-intimacy-and-trust/' };

const lake = await startContentLakeServer({ exportPath: seedDatasetPath, token, port: 4443 });
const entry = fileURLToPath(new URL('../../site/dist-preview/server/entry.mjs', import.meta.url));
const server = spawn(process.execPath, [entry], {
  env: {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    PORT: String(port),
    SANITY_PROJECT_ID: 'frmbench',
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: token,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (
    await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 120) throw new Error('the preview server did not start');
  await new Promise((r) => setTimeout(r, 500));
}

const rssMb = async () =>
  Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const results = [];
for (const [name, path] of Object.entries(pages)) {
  const samples: number[] = [await rssMb()];
  const sampler = setInterval(() => void rssMb().then((mb) => samples.push(mb)), 1000);
  const times: number[] = [];
  const instance = autocannon({ url: `${base}${path}`, connections, duration });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  results.push({
    page: name,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rssStartMb: Math.round(samples[0]!),
    rssFirstThirdMb: Math.round(mean(samples.slice(0, third))),
    rssLastThirdMb: Math.round(mean(samples.slice(-third))),
    rssPeakMb: Math.round(Math.max(...samples)),
  });
}
server.kill();
await lake.close();
console.table(results);
console.log(JSON.stringify({ connections, durationSeconds: duration, results }, null, 2));
const failed = results.filter((r) => r.errors > 0 || r.p95 > 300);
if (failed.length) {
  console.error(`Over budget (errors, or p95 > 300 ms): ${failed.map((r) => r.page).join(', ')}`);
  process.exitCode = 1;
}
