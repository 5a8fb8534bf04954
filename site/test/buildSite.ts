import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
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

/**
 * Runs `astro build` of the real site into a fresh temporary folder with its own content cache,
 * so tests never touch site/dist and never reuse another build's content.
 */
export async function buildSite(env: Record<string, string>): Promise<SiteBuild> {
  const work = await mkdtemp(join(tmpdir(), 'frm-build-'));
  const outDir = join(work, 'dist');
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
