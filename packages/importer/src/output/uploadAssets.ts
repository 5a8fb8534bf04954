import { basename } from 'node:path';
import type { SanityClient } from '@sanity/client';
import type { SeedDocument } from '@frm/content/documentKeys';
import type { AssetFile } from './exportFolder.ts';

/*
 * The Content Lake takes no `_sanityAsset` values (only `sanity dataset import` does): each asset
 * file is uploaded once (the API keeps one asset per content hash), and the documents' values
 * point at the uploaded asset instead.
 */

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/]+)$/;

/** Uploads the files; returns a function that rewrites a document's `_sanityAsset` values into asset references. */
export async function uploadAssets(
  client: SanityClient,
  assets: readonly AssetFile[],
): Promise<(doc: SeedDocument) => SeedDocument> {
  const ids = new Map<string, string>();
  for (const asset of assets) {
    const kind = asset.path.startsWith('images/') ? 'image' : 'file';
    const uploaded = await client.assets.upload(kind, Buffer.from(asset.bytes), { filename: basename(asset.path) });
    ids.set(asset.path, uploaded._id);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const { _sanityAsset, ...rest } = value as Record<string, unknown>;
    const fields = Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, rewrite(field)]));
    const match = typeof _sanityAsset === 'string' ? SANITY_ASSET.exec(_sanityAsset) : null;
    const id = match ? ids.get(match[2]!) : undefined;
    if (typeof _sanityAsset === 'string' && !id) throw new Error(`${_sanityAsset} was not uploaded`);
    return id ? { ...fields, asset: { _type: 'reference', _ref: id } } : fields;
  };
  return (doc) => rewrite(doc) as SeedDocument;
}
