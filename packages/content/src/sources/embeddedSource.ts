import { join } from 'node:path';
import { evaluateSync, parse, type ExprNode } from 'groq-js';
import { readDatasetExport, type DatasetExport } from '../export/readDatasetExport.ts';
import type { SanityDocumentLike } from '../export/types.ts';
import type { ContentSource } from './contentSource.ts';

/** Answers GROQ queries in-process from a dataset export, with groq-js. */
export async function createEmbeddedSource(path: string): Promise<ContentSource & { readonly dataset: DatasetExport }> {
  const dataset = await readDatasetExport(path);
  return {
    ...createDocumentsSource(dataset.documents, `embedded dataset export at ${dataset.root}`),
    dataset,
    assetFilePath: (assetUrl) => embeddedAssetFilePath(dataset.root, assetUrl),
  };
}

/** Embedded asset URLs are export-relative (images/..., files/...); anything else is remote. */
export function embeddedAssetFilePath(root: string, assetUrl: string): string | undefined {
  return /^(images|files)\/[^/]+$/.test(assetUrl) ? join(root, assetUrl) : undefined;
}

/** Answers GROQ queries in-process from documents held in memory (no asset files). */
export function createDocumentsSource(documents: readonly SanityDocumentLike[], description: string): ContentSource {
  const parsed = new Map<string, ExprNode>();
  // groq-js resolves `->` by scanning every document; an index keeps large datasets linear.
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
  return {
    kind: 'embedded',
    description,
    async fetch(query, params) {
      let tree = parsed.get(query);
      if (!tree) {
        tree = parse(query);
        parsed.set(query, tree);
      }
      // The synchronous evaluator: the dataset is in memory and the async one's per-value
      // promises and generators made it several times slower at thousands of documents.
      return evaluateSync(tree, { dataset: documents as SanityDocumentLike[], params, dereference }).get();
    },
    assetFilePath: () => undefined,
  };
}
