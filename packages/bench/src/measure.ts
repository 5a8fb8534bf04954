import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CommandRun {
  wallMs: number;
  /** Peak resident set size of the command and its children, from GNU time. */
  peakRssMb: number;
  output: string;
}

/** Runs a command under `/usr/bin/time -v` and returns wall time, peak RSS and its output. */
export function runMeasured(command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', ...command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command.join(' ')} exited ${code}:\n${output.slice(-4000)}`));
        return;
      }
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      resolve({ wallMs, peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, output });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function countFiles(dir: string, suffix: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix)) count++;
  }
  return count;
}

export interface PageWeight {
  page: string;
  htmlCssGzipBytes: number;
  jsGzipBytes: number;
  requests: number;
}

/** Weight of one built page before images: its HTML, the CSS and JS it links, gzipped. */
export async function pageWeight(dist: string, pagePath: string): Promise<PageWeight> {
  const htmlFile = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = await readFile(htmlFile);
  const text = html.toString();
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  let css = 0;
  let js = 0;
  let requests = 1;
  const seen = new Set<string>();
  for (const match of text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) {
    const href = match[1]!;
    if (seen.has(href) || /^https?:/.test(href)) continue;
    seen.add(href);
    requests++;
    const bytes = await readFile(join(dist, href));
    if (href.endsWith('.css')) css += gz(bytes);
    else js += gz(bytes);
  }
  // Module scripts import chunks of their own.
  for (const href of [...seen].filter((h) => h.endsWith('.js'))) {
    const source = (await readFile(join(dist, href))).toString();
    for (const imported of source.matchAll(/from\s*"(\.\/[^"]+\.js)"/g)) {
      const chunk = join(href, '..', imported[1]!);
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      requests++;
      js += gz(await readFile(join(dist, chunk)));
    }
  }
  return { page: pagePath, htmlCssGzipBytes: gz(html) + css, jsGzipBytes: js, requests };
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
