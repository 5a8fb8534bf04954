import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LighthousePage, LighthouseResult } from './results.ts';

const PORT = 4398;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Serves `outDir` with `astro preview` on 127.0.0.1 and runs the Lighthouse CLI (default mobile
 * form factor, simulated throttling) against each path with Debian's chromium, headless.
 * Anything that stops it from running is returned as the reason, not thrown.
 */
export async function runLighthouse(
  siteDir: string,
  outDir: string,
  pagePaths: string[],
  log: (message: string) => void,
): Promise<LighthouseResult> {
  let cli: string;
  let version: string;
  try {
    const require = createRequire(import.meta.url);
    const packageJson = require.resolve('lighthouse/package.json');
    cli = join(dirname(packageJson), 'cli/index.js');
    version = (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
  } catch (error) {
    return { ran: false, reason: `lighthouse is not installed: ${(error as Error).message}` };
  }
  const astroBin = join(siteDir, 'node_modules/astro/bin/astro.mjs');
  const preview = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let previewLog = '';
  preview.stdout?.on('data', (chunk: Buffer) => (previewLog += chunk.toString()));
  preview.stderr?.on('data', (chunk: Buffer) => (previewLog += chunk.toString()));
  const reports = await mkdtemp(join(tmpdir(), 'frm-lighthouse-'));
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    if (!(await waitForServer(origin, preview)))
      return { ran: false, reason: `astro preview did not answer on ${origin}: ${previewLog.slice(-500)}` };
    const pages: LighthousePage[] = [];
    for (const path of pagePaths) {
      const report = join(reports, `${pages.length}.json`);
      const started = performance.now();
      const result = await run(process.execPath, [
        cli,
        `${origin}${path}`,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ]);
      if (result.code !== 0)
        return { ran: false, reason: `lighthouse exited ${result.code} on ${path}: ${result.output.slice(-800)}` };
      const lhr = JSON.parse(await readFile(report, 'utf8')) as {
        categories: Record<string, { score: number | null }>;
        runtimeError?: { message: string };
      };
      if (lhr.runtimeError)
        return { ran: false, reason: `lighthouse runtime error on ${path}: ${lhr.runtimeError.message}` };
      const score = (key: string) => Math.round((lhr.categories[key]?.score ?? Number.NaN) * 100);
      pages.push({
        url: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
      log(
        `lighthouse ${path}: ${JSON.stringify(pages.at(-1))} in ${Math.round((performance.now() - started) / 1000)} s`,
      );
    }
    return { ran: true, version, formFactor: 'mobile (Lighthouse default, simulated throttling)', pages };
  } catch (error) {
    return { ran: false, reason: (error as Error).message };
  } finally {
    preview.kill('SIGTERM');
    await rm(reports, { recursive: true, force: true });
  }
}

async function waitForServer(origin: string, server: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100 && server.exitCode === null; i++) {
    try {
      if ((await fetch(origin)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, CHROME_PATH: CHROME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: -1, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}
