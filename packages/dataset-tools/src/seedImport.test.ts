import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatasetPath } from './seedDatasetPath.ts';

/*
 * The seed must load into a real project with `sanity dataset import`. That command is
 * @sanity/import; here it runs against a local stand-in for the Sanity API that records every
 * upload and mutation, so the test needs no account and no network.
 */

interface Recorded {
  uploads: Array<{ type: string; sha1: string }>;
  mutations: Array<Record<string, unknown>>;
}

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

async function startFakeApi() {
  const recorded: Recorded = { uploads: [], mutations: [] };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const upload = /^\/v[^/]+\/assets\/(images|files)\/production$/.exec(url.pathname);
    if (req.method === 'POST' && upload) {
      const bytes = await body(req);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      const type = upload[1] === 'images' ? 'image' : 'file';
      recorded.uploads.push({ type, sha1 });
      return json(200, { document: { _id: `${type}-${sha1}`, _type: `sanity.${type}Asset`, sha1hash: sha1, url: `http://127.0.0.1/${sha1}` } });
    }
    if (req.method === 'GET' && /\/data\/query\/production$/.test(url.pathname)) return json(200, { result: null });
    if (req.method === 'POST' && /\/data\/mutate\/production$/.test(url.pathname)) {
      const { mutations } = JSON.parse((await body(req)).toString()) as { mutations: Array<Record<string, unknown>> };
      recorded.mutations.push(...mutations);
      return json(200, { transactionId: `tx${recorded.mutations.length}`, results: mutations.map(() => ({ id: 'x', operation: 'update' })) });
    }
    json(404, { error: `unexpected ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, recorded, close: () => new Promise((r) => server.close(r)) };
}

describe('seed dataset and `sanity dataset import`', () => {
  let api: Awaited<ReturnType<typeof startFakeApi>> | undefined;
  afterAll(() => api?.close());

  it('imports every document and uploads every asset file', async () => {
    api = await startFakeApi();
    const client = createClient({ projectId: 'frmtest', dataset: 'production', apiVersion: '2025-02-19', token: 'write-token', useCdn: false, apiHost: api.url, useProjectHostname: false });
    const result = await sanityImport(seedDatasetPath, { client: client as never, operation: 'createOrReplace', allowSystemDocuments: false, onProgress: () => undefined });

    const lines = (await readFile(join(seedDatasetPath, 'data.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { _id: string });
    expect(result.numDocs).toBe(lines.length);

    const created = api.recorded.mutations.flatMap((m) => (m.createOrReplace ? [(m.createOrReplace as { _id: string })._id] : []));
    expect(created.sort()).toEqual(lines.map((d) => d._id).sort());

    const assetFiles = [...(await readdir(join(seedDatasetPath, 'images'))), ...(await readdir(join(seedDatasetPath, 'files')))];
    expect(new Set(api.recorded.uploads.map((u) => u.sha1)).size).toBe(assetFiles.length);
    // Export file names carry the sha1 of their bytes, as `sanity dataset export` writes them.
    for (const file of assetFiles) expect(api.recorded.uploads.map((u) => u.sha1)).toContain(file.slice(0, 40));

    // After upload, every `_sanityAsset` is replaced by a reference to the uploaded asset.
    const patches = JSON.stringify(api.recorded.mutations.filter((m) => m.patch));
    expect(patches).toContain('"_ref":"image-');
    expect(patches).toContain('"_ref":"file-');
    expect(JSON.stringify(api.recorded.mutations.filter((m) => m.createOrReplace))).not.toMatch(/"_sanityAsset"\s*:\s*"(?!image@file|file@file)/);
  }, 180_000); // @sanity/import uploads every asset of the seed over HTTP: slow on a loaded machine
});
