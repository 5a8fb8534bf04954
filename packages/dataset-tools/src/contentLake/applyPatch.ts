import { Mutation } from '@sanity/mutator';
import type { StoredDocument } from './store.ts';

/*
 * Patch operations (set, setIfMissing, unset, inc, dec, insert, diffMatchPatch, with JSONMatch paths
 * like `body[_key=="a1"].children[0].text`) are applied by @sanity/mutator 6.9.2, the library the
 * Studio itself applies them with, instead of a second implementation here. Its `Mutation` class is
 * exported from the package entry but marked @internal in its typings; it is used only in this
 * module, and contentLakeServer.test.ts ("patches") fails plainly if it changes behaviour.
 */
export function applyPatch(document: StoredDocument, patch: Record<string, unknown>): StoredDocument {
  const { id: _id, query: _query, params: _params, ifRevisionID: _rev, ...operations } = patch;
  const result = new Mutation({ mutations: [{ patch: { id: document._id, ...operations } }] }).apply(document);
  if (!result) throw new Error(`@sanity/mutator returned no document for a patch of "${document._id}"`);
  return result as StoredDocument;
}
