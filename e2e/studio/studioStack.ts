/*
 * The Studio e2e's backend, run by Playwright's webServer until killed (`node studio/studioStack.ts`):
 * - builds the Studio (`sanity build`) with the stand-in as its API host, when the build is
 *   missing or older than the Studio's sources or this configuration;
 * - the Content Lake stand-in on the seed dataset (token required), over HTTP for the preview
 *   server and HTTP/2 over TLS for the Studio in chromium;
 * - the built preview server (site/dist-preview, `pnpm preview:build`) for the Presentation tool;
 * - the built Studio, served statically (every unknown path answers index.html, as a host must).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { previewUrl, studioBuildEnv, studioStack, studioUrl } from './studioStackConfig.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

buildStudioIfStale();

const lake = await startContentLakeServer({
  exportPath: seedDatasetPath,
  token: studioStack.token,
  port: studioStack.lakePort,
  securePort: studioStack.lakeSecurePort,
});

mkdirSync(dirname(studioStack.previewLog), { recursive: true });
const log = createWriteStream(studioStack.previewLog);
const preview = spawn(process.execPath, [join(root, 'site/dist-preview/server/entry.mjs')], {
  env: {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    PORT: String(studioStack.previewPort),
    SANITY_PROJECT_ID: studioStack.projectId,
    SANITY_DATASET: studioStack.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_ASSET_BASE_URL: lake.url,
    SANITY_API_READ_TOKEN: studioStack.token,
    SANITY_STUDIO_URL: studioUrl,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [preview.stdout, preview.stderr]) stream.pipe(log, { end: false });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const files = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', studioUrl).pathname);
  const file = path.includes('..') ? undefined : await readFile(join(studioStack.distDir, path)).catch(() => undefined);
  response.writeHead(200, {
    'content-type': (file ? TYPES[extname(path)] : TYPES['.html']) ?? 'application/octet-stream',
  });
  response.end(file ?? (await readFile(join(studioStack.distDir, 'index.html'))));
});
await new Promise<void>((resolve) => files.listen(studioStack.port, '127.0.0.1', resolve));
await waitFor(`${previewUrl}/api/preview/preview.css`);
console.log(
  `Studio on ${studioUrl}; its API (the stand-in) on ${lake.secureUrl} and ${lake.url}; preview server on ${previewUrl}`,
);

const stop = (code: number) => {
  preview.kill();
  files.close();
  void lake.close().then(() => process.exit(code));
};
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
preview.on('exit', (code) => {
  console.log(`preview server exited with ${code}`);
  stop(code ?? 1);
});

/** `sanity build` into .studio-dist, unless the build there came from the same sources and configuration. */
function buildStudioIfStale(): void {
  const stampFile = join(studioStack.distDir, 'e2e-build.json');
  const stamp = JSON.stringify({ env: studioBuildEnv, sources: sourcesHash() });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  console.log('Building the Studio for the e2e (sanity build)...');
  execFileSync('pnpm', ['exec', 'sanity', 'build', studioStack.distDir, '--yes'], {
    cwd: join(root, 'studio'),
    env: { ...process.env, ...studioBuildEnv },
    stdio: 'inherit',
  });
  writeFileSync(stampFile, stamp);
}

/** Names, sizes and modification times of what goes into the Studio bundle, and of the lockfile. */
function sourcesHash(): string {
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.sanity', 'test-results'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\u0000${size}\u0000${mtimeMs}\n`);
      }
    }
  };
  walk(join(root, 'studio'));
  walk(join(root, 'packages/content/src'));
  // A dependency update (sanity itself) changes the lockfile.
  const lock = statSync(join(root, 'pnpm-lock.yaml'));
  hash.update(`lock\u0000${lock.size}\u0000${lock.mtimeMs}\n`);
  return hash.digest('hex');
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (attempt > 240) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
