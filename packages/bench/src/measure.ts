import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CommandRun {
  wallMs: number;
  /** Peak resident set size of the command and its children, from GNU time. */
  peakRssMb: number;
  /** User + system CPU time of the command and its children, from GNU time: less swayed by a busy machine than wall time. */
  cpuMs: number;
  output: string;
}

/** Peak RSS and CPU time from the report of GNU `time -v` (NaN when a line is missing). */
export function timeReport(output: string): { peakRssMb: number; cpuMs: number } {
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(output)?.[1] ?? Number.NaN);
  return {
    peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
    cpuMs: Math.round((field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000),
  };
}

/** Runs a command under `/usr/bin/time -v` and returns wall time, peak RSS, CPU time and its output. */
export function runMeasured(command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', ...command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
      resolve({ wallMs, ...timeReport(output), output });
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
  /** The HTML (with its inline styles and scripts) plus every linked stylesheet, each gzipped (level 9). */
  htmlCssGzipBytes: number;
  /** Inline scripts (not JSON-LD) plus external and module scripts and the chunks they import, each gzipped. */
  jsGzipBytes: number;
  /** HTML + stylesheets + scripts and imported chunks + images loaded eagerly (an <img> without loading="lazy"). */
  requests: number;
  eagerImages: number;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Weight of one built page before images: its HTML, the CSS and JS it loads, gzipped. */
export async function pageWeight(dist: string, pagePath: string): Promise<PageWeight> {
  const htmlFile = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = await readFile(htmlFile);
  const text = html.toString();
  const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
  const local = (href: string) => !/^(https?:)?\/\//.test(href) && !href.startsWith('data:');
  const fileOf = (href: string) => join(dist, decodeURI(href.split(/[?#]/)[0]!));
  let css = 0;
  let js = 0;
  let requests = 1;
  const seen = new Set<string>();
  const scripts: string[] = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (!href || !local(href) || seen.has(href)) continue;
    if (rel === 'stylesheet') {
      seen.add(href);
      requests++;
      css += gz(await readFile(fileOf(href)));
    } else if (rel === 'modulepreload') {
      scripts.push(href);
    }
  }
  for (const [, attrs = '', body = ''] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(`<script ${attrs}>`, 'src');
    if (src) {
      if (local(src)) scripts.push(src);
      continue;
    }
    const type = attribute(`<script ${attrs}>`, 'type') ?? '';
    if (/json/i.test(type) || body.trim() === '') continue;
    js += gz(body);
  }
  // Module scripts import chunks of their own (static imports only: those load before it runs).
  for (let i = 0; i < scripts.length; i++) {
    const href = scripts[i]!;
    if (seen.has(href)) continue;
    seen.add(href);
    requests++;
    const bytes = await readFile(fileOf(href));
    js += gz(bytes);
    for (const imported of bytes.toString().matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      scripts.push(join(href, '..', imported[1]!));
    }
  }
  const images = new Set<string>();
  for (const [tag] of text.matchAll(/<img\b[^>]*>/gi)) {
    if (attribute(tag, 'loading')?.toLowerCase() === 'lazy') continue;
    images.add(attribute(tag, 'src') ?? tag);
  }
  requests += images.size;
  return { page: pagePath, htmlCssGzipBytes: gz(html) + css, jsGzipBytes: js, requests, eagerImages: images.size };
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
