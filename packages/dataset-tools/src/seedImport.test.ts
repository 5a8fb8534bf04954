import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatasetPath } from './seedDatasetPath.ts';
import { startContentLakeServer, type RunningContentLakeServer } from './contentLakeServer.ts';
import type { StoredDocument } from './contentLake/store.ts';

/*
 * The seed must load into a real project with `sanity dataset import`. That command is
 * @sanity/import; here it imports into an empty Content Lake stand-in (uploads and mutations through
 * the real @sanity/client), so the test needs no account and no network. What it leaves must be
 * the dataset the stand-in serves straight from the export: same documents, same asset ids and URLs.
 */

/** A document without what the API sets on every write. */
const content = ({ _rev: _r, _createdAt: _c, _updatedAt: _u, uploadId: _i, ...rest }: StoredDocument) => rest;
const byId = (docs: StoredDocument[]) => new Map(docs.map((doc) => [doc._id, content(doc)]));

describe('seed dataset and `sanity dataset import`', () => {
  const servers: RunningContentLakeServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('imports every document and uploads every asset file, giving the dataset the export describes', async () => {
    const empty = await startContentLakeServer({ token: 'write-token' });
    const exported = await startContentLakeServer({ exportPath: seedDatasetPath });
    servers.push(empty, exported);
    const client = createClient({
      projectId: empty.projectId,
      dataset: empty.dataset,
      apiVersion: '2025-02-19',
      token: 'write-token',
      useCdn: false,
      apiHost: empty.url,
      useProjectHostname: false,
    });
    // replaceAssets: without it the importer checks an existing asset's cdn.sanity.io URL over the internet.
    const result = await sanityImport(seedDatasetPath, {
      client: client as never,
      operation: 'createOrReplace',
      allowSystemDocuments: false,
      replaceAssets: true,
      onProgress: () => undefined,
    });

    const lines = (await readFile(join(seedDatasetPath, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { _id: string });
    expect(result.numDocs).toBe(lines.length);

    const imported = byId(empty.documents());
    const expected = byId(exported.documents());
    expect([...imported.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, doc] of expected) expect(imported.get(id), id).toEqual(doc);

    // Every file in the export was uploaded once, under the id its bytes' sha1 gives.
    const assetFiles = [
      ...(await readdir(join(seedDatasetPath, 'images'))),
      ...(await readdir(join(seedDatasetPath, 'files'))),
    ];
    const assets = empty
      .documents()
      .filter((doc) => doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset');
    expect(assets.map((a) => a.sha1hash).sort()).toEqual(assetFiles.map((f) => f.slice(0, 40)).sort());
    expect(JSON.stringify(empty.documents())).not.toContain('_sanityAsset');
  }, 180_000); // @sanity/import uploads every asset of the seed over HTTP: slow on a loaded machine
});
