import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(siteRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface SiteBuild {
  exitCode: number;
  /** stdout and stderr together, as a person running the build would see them. */
  output: string;
  outDir: string;
}

const lockDir = join(tmpdir(), 'frm-site-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

/**
 * Astro writes generated files into site/.astro whichever outDir is used, so two builds of the
 * site at once (test files run in parallel, in several packages) can break each other. One at a
 * time, across processes: mkdir is atomic.
 */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const age = Date.now() - ((await stat(lockDir).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await run();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/**
 * Runs `astro build` of the real site into a fresh temporary folder with its own content cache,
 * so tests never touch site/dist and never reuse another build's content.
 */
export async function buildSite(env: Record<string, string>): Promise<SiteBuild> {
  const work = await mkdtemp(join(tmpdir(), 'frm-build-'));
  const outDir = join(work, 'dist');
  return withBuildLock(() => runBuild(env, work, outDir));
}

async function runBuild(env: Record<string, string>, work: string, outDir: string): Promise<SiteBuild> {
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: siteRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      BUILD_TIME: '2026-11-01T00:00:00Z',
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { exitCode, output, outDir };
}

/** Every file the build wrote, as paths relative to the output folder. */
export async function builtFiles(outDir: string): Promise<string[]> {
  try {
    return (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(outDir.length + 1));
  } catch {
    return [];
  }
}

export const readBuilt = (outDir: string, file: string) => readFile(join(outDir, file), 'utf8');
