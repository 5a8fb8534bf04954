/*
 * `pnpm preview:server`: builds the preview server when its build is missing or older than the
 * site's sources (or with --build; --no-build never builds, for containers), prints where it listens and the settings it uses (never the
 * token), then starts it. HOST and PORT choose the address (default 127.0.0.1:4322).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describePreviewEnv, previewEnv } from '../src/preview/previewEnv.ts';

const siteRoot = fileURLToPath(new URL('../', import.meta.url));
const outDir = resolve(siteRoot, process.env.PREVIEW_OUT_DIR || 'dist-preview');
const entry = join(outDir, 'server', 'entry.mjs');

function newestSource(): number {
  const roots = ['src', '../packages/content/src', 'astro.config.mjs', 'astro.preview.config.mjs', 'package.json'].map(
    (path) => resolve(siteRoot, path),
  );
  let newest = 0;
  for (const root of roots) {
    const info = statSync(root);
    const files = info.isDirectory()
      ? readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [root];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

let env;
try {
  env = previewEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const noBuild = process.argv.includes('--no-build');
if (noBuild && !existsSync(entry)) {
  console.error(`No preview server build at ${entry}: run pnpm preview:build first`);
  process.exit(1);
}
if (!noBuild && (process.argv.includes('--build') || !existsSync(entry) || statSync(entry).mtimeMs < newestSource())) {
  console.log('Building the preview server (astro build --config astro.preview.config.mjs)...');
  const build = spawnSync('pnpm', ['exec', 'astro', 'build', '--config', 'astro.preview.config.mjs'], {
    cwd: siteRoot,
    stdio: 'inherit',
    env: process.env,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.env.HOST ||= '127.0.0.1';
process.env.PORT ||= '4322';
console.log(`Preview server on http://${process.env.HOST}:${process.env.PORT}/ with ${describePreviewEnv(env)}`);
await import(pathToFileURL(entry).href);
