import { apiError } from './http.ts';
import { isDraftId, isRootPath, isVersionId, publishedIdOf, releaseOf } from './ids.ts';
import type { StoredDocument } from './store.ts';

/**
 * `raw`: every document under its own id. Otherwise a stack, highest priority first: release ids
 * and/or `drafts`, always over the published documents (`published` alone is the empty stack).
 */
export type Perspective = { kind: 'raw' } | { kind: 'stack'; layers: string[] };

/** From API version 2025-02-19 on, a query without `perspective` reads `published`; before, `raw`. */
export const defaultPerspectiveName = (apiVersion: string) =>
  apiVersion === 'X' || apiVersion >= '2025-02-19' ? 'published' : 'raw';

const RELEASE_ID = /^[a-zA-Z0-9_-]+$/;

export function parsePerspective(value: string | null | undefined, apiVersion: string): Perspective {
  const names = (value?.trim() || defaultPerspectiveName(apiVersion))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('raw')) {
    if (names.length > 1)
      throw apiError(400, 'validationError', 'The raw perspective can not be combined with other perspectives');
    return { kind: 'raw' };
  }
  const layers: string[] = [];
  for (const name of names) {
    if (name === 'published') continue;
    if (name === 'drafts' || name === 'previewDrafts') layers.push('drafts');
    else if (RELEASE_ID.test(name)) layers.push(name);
    else
      throw apiError(
        400,
        'validationError',
        `Invalid perspective "${name}": expected raw, published, drafts or release ids`,
      );
  }
  return { kind: 'stack', layers };
}

export const perspectiveKey = (perspective: Perspective) =>
  perspective.kind === 'raw' ? 'raw' : perspective.layers.join(',') || 'published';

/**
 * The documents a query sees. Without a token only the root path (ids without a dot) is readable,
 * whatever the perspective. In a stack, each document appears once under its published id, as the
 * highest layer that has it; `_originalId` names the document it came from (`drafts.x`, `versions.r.x`).
 */
export function documentsInPerspective(
  all: StoredDocument[],
  perspective: Perspective,
  authenticated: boolean,
): StoredDocument[] {
  const readable = authenticated ? all : all.filter((doc) => isRootPath(doc._id));
  if (perspective.kind === 'raw') return readable;
  const { layers } = perspective;
  const rankOf = (id: string): number => {
    if (isDraftId(id)) return layers.indexOf('drafts');
    if (isVersionId(id)) return layers.indexOf(releaseOf(id) ?? '');
    return layers.length;
  };
  const chosen = new Map<string, { rank: number; doc: StoredDocument }>();
  for (const doc of readable) {
    const rank = rankOf(doc._id);
    if (rank < 0) continue;
    const id = publishedIdOf(doc._id);
    const current = chosen.get(id);
    if (!current || rank < current.rank) chosen.set(id, { rank, doc });
  }
  const overlay = layers.length > 0;
  return [...chosen.entries()].map(([id, { doc }]) => (overlay ? { ...doc, _id: id, _originalId: doc._id } : doc));
}
