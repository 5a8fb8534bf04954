import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
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
  /** The content cache of this build: pass it to another build to reuse the stored content. */
  cacheDir: string;
  /** Process id of the build (gone once buildSite returns). */
  pid: number | undefined;
}

export interface BuildOptions {
  /** Reuse this content cache (from an earlier build) instead of a fresh one. */
  cacheDir?: string;
  /** The build is killed after this long (default 10 minutes), so no test leaves one running. */
  timeoutMs?: number;
}

// Builds still running when the test process ends (a timed-out test, an interrupted run) are
// killed with it instead of running on.
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Runs `astro build` of the real site into a fresh temporary folder with its own content cache
 * (unless told to reuse one), so tests never touch site/dist and never share mutable state:
 * builds run at once. The build runs from the temp folder (`--root site/`): Astro writes its
 * prerender bundle under the output folder or the working directory, both of this build; a
 * node_modules link lets that bundle resolve the site's packages.
 */
export async function buildSite(env: Record<string, string>, options: BuildOptions = {}): Promise<SiteBuild> {
  const work = await mkdtemp(join(tmpdir(), 'frm-build-'));
  await symlink(join(siteRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  const outDir = join(work, 'dist');
  const cacheDir = options.cacheDir ?? join(work, 'cache');
  const child = spawn(process.execPath, [astroBin, 'build', '--root', siteRoot], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      BUILD_TIME: '2026-11-01T00:00:00Z',
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const timer = setTimeout(() => {
    output += `\n[buildSite] killed after ${timeoutMs / 1000} s\n`;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearTimeout(timer);
  running.delete(child);
  return { exitCode, output, outDir, cacheDir, pid: child.pid };
}

/** Every file the build wrote, as paths relative to the output folder. */
export async function builtFiles(outDir: string): Promise<string[]> {
  try {
    return (await readdir(outDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(outDir.length + 1));
  } catch {
    return [];
  }
}

export const readBuilt = (outDir: string, file: string) => readFile(join(outDir, file), 'utf8');
