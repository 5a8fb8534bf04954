/*
 * The preview acceptance tests' backend: the Content Lake stand-in (seed dataset, read token
 * required) and the built preview server talking to it, on fixed ports of their own (the static
 * e2e run uses 4329). `node preview/previewStack.ts` runs both until killed; Playwright's
 * webServer starts it. The preview server's output also goes to PREVIEW_LOG for the token test.
 * While the document `previewStack.lakeDownDocumentId` exists, every query fails (the 502 page).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { previewStack } from './previewStackConfig.ts';

const lake = await startContentLakeServer({
  exportPath: seedDatasetPath,
  token: previewStack.token,
  port: previewStack.lakePort,
  // A test takes the Content Lake down by creating this document, and brings it back by deleting it.
  intercept: (_request, response) => {
    if (!lake.documents().some((doc) => doc._id === previewStack.lakeDownDocumentId)) return false;
    response
      .writeHead(503, { 'content-type': 'application/json' })
      .end('{"error":"Service Unavailable","statusCode":503}');
    return true;
  },
});
mkdirSync(dirname(previewStack.logFile), { recursive: true });
const log = createWriteStream(previewStack.logFile);
const entry = fileURLToPath(new URL('../../site/dist-preview/server/entry.mjs', import.meta.url));
const server = spawn(process.execPath, [entry], {
  env: {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    PORT: String(previewStack.port),
    SANITY_PROJECT_ID: previewStack.projectId,
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: previewStack.token,
    SANITY_STUDIO_URL: previewStack.studioUrl,
    // Uploaded files (a VTT transcript) from the stand-in, not cdn.sanity.io: no test touches the internet.
    SANITY_ASSET_BASE_URL: lake.url,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [server.stdout, server.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    log.write(chunk);
    process.stdout.write(chunk);
  });
}
console.log(`Content Lake stand-in on ${lake.url}; preview server on http://127.0.0.1:${previewStack.port}/`);
const stop = () => {
  server.kill();
  void lake.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  console.log(`preview server exited with ${code}`);
  void lake.close().then(() => process.exit(code ?? 1));
});
