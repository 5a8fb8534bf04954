import type { DatasetExport } from '../export/readDatasetExport.ts';
import type { SanityDocumentLike } from '../export/types.ts';
import type { ContentProblem } from '../report/contentProblems.ts';
import type { SiteContent } from './loadContent.ts';

/** The collections whose entries come one per document, stored under the document's slug. */
export const documentCollections = ['posts', 'episodes', 'resources', 'topics', 'people', 'pages'] as const;
export type DocumentCollection = (typeof documentCollections)[number];

/** What a rebuild needs to know of one export document without parsing it again. */
export interface IndexedDocument {
  /** Hash of its data.ndjson line (export/exportLines.ts). */
  hash: string;
  type: string;
  /** Every id it refers to (`_ref`s and asset documents). */
  refs: string[];
  /** Asset documents its own `_sanityAsset` values make. */
  assets?: string[];
  /** As exported (any JSON value): when it goes live, for the next scheduled document. */
  publishedAt?: unknown;
}

/**
 * A successful load, summed up for the next rebuild (load/loadChangedContent.ts): every document's
 * line hash and references, which entry each document made, and the warnings it gave.
 */
export interface ContentIndex {
  version: 1;
  ndjsonDigest: string;
  documents: Record<string, IndexedDocument>;
  /** The `_sanityAsset` value each asset document was made from. */
  assetSources: Record<string, string>;
  /** Per collection: the slug each document's entry is stored under, by document id. */
  entries: Record<DocumentCollection, Record<string, string>>;
  /** Warnings (dangling references) by the document that has them. */
  warnings: Record<string, ContentProblem[]>;
}

/** The index of a full load of an embedded export; undefined when the export cannot be indexed (one _id on two lines). */
export function buildContentIndex(dataset: DatasetExport, content: SiteContent, warnings: readonly ContentProblem[]): ContentIndex | undefined {
  if (dataset.hasDuplicateIds) return undefined;
  const documents: Record<string, IndexedDocument> = {};
  for (const doc of dataset.documents) {
    const hash = dataset.lineHashes.get(doc._id);
    if (hash === undefined) continue; // an asset document made from `_sanityAsset` values
    documents[doc._id] = indexedDocument(doc, hash, dataset.references.get(doc._id), dataset.madeAssets.get(doc._id));
  }
  return {
    version: 1,
    ndjsonDigest: dataset.ndjsonDigest,
    documents,
    assetSources: Object.fromEntries(dataset.assetSources),
    entries: entriesOf(content),
    warnings: warningsByDocument(warnings),
  };
}

/** One export document's index entry: its line hash, type, references, the assets it makes and when it goes live. */
export function indexedDocument(doc: SanityDocumentLike, hash: string, refs: string[] = [], assets?: string[]): IndexedDocument {
  return { hash, type: doc._type, refs, ...(assets && { assets }), ...(doc.publishedAt !== undefined && { publishedAt: doc.publishedAt }) };
}

/** Per collection: each entry's slug by document id. */
export function entriesOf(content: Partial<Pick<SiteContent, DocumentCollection>>): Record<DocumentCollection, Record<string, string>> {
  return Object.fromEntries(documentCollections.map((name) => [name, Object.fromEntries((content[name] ?? []).map((entry) => [entry._id, entry.slug]))])) as Record<DocumentCollection, Record<string, string>>;
}

export function warningsByDocument(warnings: readonly ContentProblem[]): Record<string, ContentProblem[]> {
  const byDocument: Record<string, ContentProblem[]> = {};
  for (const warning of warnings) (byDocument[warning.id] ??= []).push(warning);
  return byDocument;
}

/** The earliest publishedAt after `now` (a scheduled document), or null: until then the same export gives the same content. */
export function nextScheduled(publishedAts: Iterable<unknown>, now: Date): string | null {
  let next: number | undefined;
  for (const value of publishedAts) {
    const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (at > now.getTime() && (next === undefined || at < next)) next = at;
  }
  return next === undefined ? null : new Date(next).toISOString();
}
