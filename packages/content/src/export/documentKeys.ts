import { createHash } from 'node:crypto';
import type { SanityDocumentLike } from './types.ts';

/*
 * Stable `_key`s and system fields. Every object in an array gets a 12-hex-digit `_key` derived
 * from its document `_id` and its path, so regenerating the seed gives the same keys; annotation
 * keys of a block are renamed the same way and its spans' marks follow.
 */

/** A document as an export or the Content Lake holds it. */
export type SeedDocument = SanityDocumentLike;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export const stableKey = (docId: string, path: string) => sha1(`${docId}:${path}`).slice(0, 12);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Returns a copy of the document where every array item that is an object carries a unique `_key`. */
export function withKeys<T extends SeedDocument>(doc: T): T {
  return walk(doc, '', doc._id) as T;
}

function walk(value: unknown, path: string, docId: string): unknown {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    return value.map((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (!isRecord(item)) return walk(item, itemPath, docId);
      const key = typeof item._key === 'string' ? item._key : stableKey(docId, itemPath);
      if (seen.has(key)) throw new Error(`${docId}: duplicate _key "${key}" at ${itemPath}`);
      seen.add(key);
      const { _key: _ignored, ...rest } = item;
      return { _key: key, ...(walk(rest, itemPath, docId) as Record<string, unknown>) };
    });
  }
  if (!isRecord(value)) return value;
  const record = value._type === 'block' ? renameMarkDefs(value, path, docId) : value;
  const out: Record<string, unknown> = {};
  for (const [field, child] of Object.entries(record))
    out[field] = walk(child, path ? `${path}.${field}` : field, docId);
  return out;
}

/** Gives a block's annotations path-derived keys and renames them in the spans' marks. */
function renameMarkDefs(blockValue: Record<string, unknown>, path: string, docId: string): Record<string, unknown> {
  const markDefs = blockValue.markDefs;
  if (!Array.isArray(markDefs) || markDefs.length === 0) return blockValue;
  const renamed = new Map<string, string>();
  const defs = markDefs.map((def: unknown, index) => {
    if (!isRecord(def) || typeof def._key !== 'string')
      throw new Error(`${docId}: annotation at ${path}.markDefs[${index}] has no local key`);
    const key = stableKey(docId, `${path}.markDefs[${index}]`);
    renamed.set(def._key, key);
    const { _key: _old, ...rest } = def;
    return { _key: key, ...rest };
  });
  const children = (blockValue.children as Array<Record<string, unknown>>).map((span) => ({
    ...span,
    marks: (span.marks as string[]).map((mark) => renamed.get(mark) ?? mark),
  }));
  return { ...blockValue, markDefs: defs, children };
}

/** A revision id in the shape the Content Lake uses (22 letters and digits), derived from the content. */
function revisionOf(doc: SeedDocument): string {
  return BigInt(`0x${sha1(JSON.stringify(doc))}`)
    .toString(36)
    .padStart(22, '0')
    .slice(0, 22);
}

/**
 * Keys the document and adds `_createdAt`, `_updatedAt` and `_rev` as an export carries them,
 * with `_id`, `_type` and the system fields first.
 */
export function finalizeDocument(doc: SeedDocument, createdAt: string, updatedAt = createdAt): SeedDocument {
  const { _id, _type, ...fields } = withKeys(doc);
  const body: SeedDocument = { _id, _type, ...fields };
  return { _id, _type, _createdAt: createdAt, _updatedAt: updatedAt, _rev: revisionOf(body), ...fields };
}
