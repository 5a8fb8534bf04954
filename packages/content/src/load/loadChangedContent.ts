import { closeSync, openSync } from 'node:fs';
import { parseDocumentLine } from '../export/readDatasetExport.ts';
import { readExportLine, type ExportLine, type ExportLines } from '../export/exportLines.ts';
import { resolveAssets } from '../export/resolveAssets.ts';
import type { SanityDocumentLike } from '../export/types.ts';
import { REFERENCE_DEPTH } from '../queries.ts';
import type { ContentProblem } from '../report/contentProblems.ts';
import { createDocumentsSource } from '../sources/embeddedSource.ts';
import { documentCollections, entriesOf, indexedDocument, type ContentIndex, type DocumentCollection, type IndexedDocument } from './contentIndex.ts';
import { danglingReferenceWarnings } from './danglingReferences.ts';
import { runContentQueries, validateQueryResults, type SiteContent } from './loadContent.ts';

/** The singletons' queries pick their document by this _id; they are recomputed on every rebuild. */
const singletonIds = ['siteSettings', 'podcast'];

export interface ChangedContentOptions {
  /** Past this many affected documents, load everything instead (default: a quarter of the export, at least 100: a full load is about as quick). */
  maxAffected?: number;
}

export interface ChangedExport {
  /** Folder holding data.ndjson, images/ and files/. */
  root: string;
  ndjsonPath: string;
  /** Its lines as scanned (export/exportLines.ts): the rebuild is of that state of the file. */
  lines: ExportLines;
}

/** A rebuild's content: only what the changed documents can affect, on top of the last build's. */
export interface ChangedContent {
  /** The recomputed entries (every collection), validated; the singletons in full. */
  content: SiteContent;
  /** Per collection: slugs whose entries are gone (document deleted, unpublished, or moved to another slug). */
  removed: Record<DocumentCollection, string[]>;
  /** Documents whose entries were recomputed. */
  affected: ReadonlySet<string>;
  /** How many documents changed, were added or deleted. */
  changedDocuments: number;
  /** Every warning of the whole export, as a full load gives them. */
  warnings: ContentProblem[];
  index: ContentIndex;
}

/**
 * Works out which documents changed since the load `previous` sums up (by line hash, parsing only
 * the changed lines), which entries they can reach (up to REFERENCE_DEPTH references back), and
 * recomputes just those with the same queries, models and checks as a full load.
 * Returns a reason instead when only a full load can be trusted: a document of a new type, one _id
 * on two lines, too much changed, or any problem at all (the full load then reports it as always).
 */
export async function loadChangedContent(exported: ChangedExport, previous: ContentIndex, now: Date, options: ChangedContentOptions = {}): Promise<ChangedContent | { fullLoad: string }> {
  // One descriptor for both reads of the export: the changed lines, then the needed unchanged ones.
  const fd = openSync(exported.ndjsonPath, 'r');
  try {
    return await changedContent(exported, fd, previous, now, options);
  } finally {
    closeSync(fd);
  }
}

async function changedContent(exported: ChangedExport, fd: number, previous: ContentIndex, now: Date, options: ChangedContentOptions): Promise<ChangedContent | { fullLoad: string }> {
  const { root, ndjsonPath, lines } = exported;
  const idByHash = new Map<string, string>();
  for (const [id, doc] of Object.entries(previous.documents)) idByHash.set(doc.hash, id);
  const knownTypes = new Set(Object.values(previous.documents).map((doc) => doc.type));

  const maxAffected = options.maxAffected ?? Math.max(100, lines.lines.length / 4);
  // Which line holds which document: unchanged lines by their hash, changed ones read again and parsed.
  const lineById = new Map<string, ExportLine>();
  const parsed = new Map<string, SanityDocumentLike>();
  const problems: ContentProblem[] = [];
  for (const line of lines.lines) {
    let id = idByHash.get(line.hash);
    if (id === undefined) {
      const doc = readDocument(fd, line, ndjsonPath, problems);
      if (!doc) return { fullLoad: 'a line of the export cannot be read, or the export changed while it was read' };
      if (!knownTypes.has(doc._type)) return { fullLoad: `a document of a new type (${doc._type})` };
      id = doc._id;
      parsed.set(id, doc);
      if (parsed.size > maxAffected) return { fullLoad: `more than ${maxAffected} documents changed` };
    }
    if (lineById.has(id)) return { fullLoad: `two lines hold ${id}` };
    lineById.set(id, line);
  }
  const changed = new Set(parsed.keys());
  for (const id of Object.keys(previous.documents)) if (!lineById.has(id)) changed.add(id);
  if (changed.size > maxAffected) return { fullLoad: `${changed.size} documents changed` };

  // Changed documents' references, with their asset documents made as a full load makes them.
  const fresh = resolveAssets([...parsed.values()], root);
  if (fresh.problems.length > 0) return { fullLoad: 'a changed document has an asset problem' };
  const documents: Record<string, IndexedDocument> = { ...previous.documents };
  for (const id of changed) delete documents[id];
  for (const doc of fresh.documents) {
    const line = lineById.get(doc._id);
    if (!line || !parsed.has(doc._id)) continue;
    documents[doc._id] = indexedDocument(doc, line.hash, fresh.references.get(doc._id), fresh.madeAssets.get(doc._id));
  }
  const assetSources = { ...previous.assetSources, ...Object.fromEntries(fresh.assetSources) };

  // Entries reach other documents through at most REFERENCE_DEPTH joins: recompute every document
  // that far from a changed one, with every document those reach in turn.
  const referrers = new Map<string, string[]>();
  for (const [id, doc] of Object.entries(documents)) for (const ref of doc.refs) (referrers.get(ref) ?? referrers.set(ref, []).get(ref)!).push(id);
  const affected = reach(changed, (id) => referrers.get(id), REFERENCE_DEPTH);
  for (const id of singletonIds) affected.add(id);
  if (affected.size > maxAffected) return { fullLoad: `${affected.size} documents affected` };
  const needed = reach(affected, (id) => documents[id]?.refs, REFERENCE_DEPTH);

  const dataset = neededDocuments(needed, { fd, ndjsonPath, root, lineById, parsed, documents, assetSources }, problems);
  if (!dataset) return { fullLoad: 'a document it depends on cannot be read, or the export changed while it was read' };
  const results = await runContentQueries(createDocumentsSource(dataset, `changed documents of ${root}`), now);
  const onlyAffected = (rows: unknown) => (Array.isArray(rows) ? rows.filter((row: { _id?: unknown }) => affected.has(row._id as string)) : rows);
  for (const name of documentCollections) results.results[name] = onlyAffected(results.results[name]);
  results.undated = onlyAffected(results.undated);
  const checked = validateQueryResults(results);
  if (checked.problems.length > 0) return { fullLoad: `${checked.problems.length} problems to report` };
  const content = checked.content as SiteContent;

  // Entries of unaffected documents are as the last build left them; the merge must not give one
  // slug twice (a full load would report it).
  const recomputed = entriesOf(content);
  const entries = {} as ContentIndex['entries'];
  const removed = {} as ChangedContent['removed'];
  for (const name of documentCollections) {
    const merged: Record<string, string> = {};
    const slugs = new Set<string>();
    for (const [id, slug] of Object.entries(previous.entries[name])) {
      if (affected.has(id)) continue;
      merged[id] = slug;
      slugs.add(slug);
    }
    for (const [id, slug] of Object.entries(recomputed[name])) {
      if (slugs.has(slug)) return { fullLoad: `two ${name} with the slug "${slug}"` };
      merged[id] = slug;
      slugs.add(slug);
    }
    entries[name] = merged;
    removed[name] = [...new Set(Object.entries(previous.entries[name]).filter(([id]) => affected.has(id)).map(([, slug]) => slug))].filter((slug) => !slugs.has(slug));
  }

  const warnings: Record<string, ContentProblem[]> = {};
  for (const [id, list] of Object.entries(previous.warnings)) if (!affected.has(id)) warnings[id] = list;
  const dangling = (results.dangling as Array<{ _id: string }> | null)?.filter((row) => affected.has(row._id)) ?? [];
  for (const warning of danglingReferenceWarnings(dangling)) (warnings[warning.id] ??= []).push(warning);
  // In the dangling query's order (_id ascending, as groq-js compares strings).
  const allWarnings = Object.keys(warnings)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => warnings[id]!);

  return {
    content,
    removed,
    affected,
    changedDocuments: changed.size,
    warnings: allWarnings,
    index: { version: 1, ndjsonDigest: lines.digest, documents, assetSources, entries, warnings },
  };
}

/** A scanned line's document, read again from the file; undefined when it no longer has the line's hash or cannot be parsed. */
function readDocument(fd: number, line: ExportLine, ndjsonPath: string, problems: ContentProblem[]): SanityDocumentLike | undefined {
  const bytes = readExportLine(fd, line);
  return bytes && parseDocumentLine(bytes, line, ndjsonPath, problems);
}

/** `start` and every id `next` leads to in up to `depth` steps. */
function reach(start: Iterable<string>, next: (id: string) => readonly string[] | undefined, depth: number): Set<string> {
  const seen = new Set(start);
  let frontier = [...seen];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const following: string[] = [];
    for (const id of frontier) for (const to of next(id) ?? []) if (!seen.has(to)) (seen.add(to), following.push(to));
    frontier = following;
  }
  return seen;
}

interface ExportState {
  /** The export's data.ndjson, open for reading. */
  fd: number;
  ndjsonPath: string;
  root: string;
  lineById: ReadonlyMap<string, ExportLine>;
  parsed: ReadonlyMap<string, SanityDocumentLike>;
  documents: Readonly<Record<string, IndexedDocument>>;
  assetSources: Readonly<Record<string, string>>;
}

/**
 * The needed documents as a full load holds them: export documents parsed from their lines and
 * their assets resolved; asset documents that some export document's `_sanityAsset` makes.
 * Ids that exist nowhere are left out, as in a full load.
 */
function neededDocuments(needed: ReadonlySet<string>, state: ExportState, problems: ContentProblem[]): SanityDocumentLike[] | undefined {
  const raw: SanityDocumentLike[] = [];
  // Unchanged lines are read again where the scan found them, and must still have their hash.
  for (const id of needed) {
    const line = state.lineById.get(id);
    if (!line) continue;
    const doc = state.parsed.get(id) ?? readDocument(state.fd, line, state.ndjsonPath, problems);
    if (!doc) return undefined;
    raw.push(doc);
  }
  const made = new Set<string>();
  for (const doc of Object.values(state.documents)) for (const id of doc.assets ?? []) made.add(id);
  // Assets made by documents that are not needed themselves: from their `_sanityAsset` value.
  const madeElsewhere = [...needed].filter((id) => !state.lineById.has(id) && made.has(id) && state.assetSources[id] !== undefined);
  const carriers = madeElsewhere.map((id, i) => ({ _id: `\u0000asset-carrier-${i}`, _type: '\u0000asset-carrier', asset: { _sanityAsset: state.assetSources[id]! } }));
  const resolved = resolveAssets([...raw, ...carriers], state.root);
  if (resolved.problems.length > 0) return undefined;
  const present = new Set(raw.map((doc) => doc._id));
  return resolved.documents.filter((doc) => !doc._type.startsWith('\u0000') && (present.has(doc._id) || made.has(doc._id)));
}
