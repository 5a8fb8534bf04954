import { REDIRECTABLE_TYPES, redirectFromPath } from '@frm/content/redirects';
import { documentPath } from '@frm/content/urls';

/** The fields of a post, episode, resource, topic or page that decide its address and its old ones. */
export interface AddressedDocument {
  _type: string;
  slug?: { current?: string | null } | null;
  kind?: string | null;
  previousPaths?: readonly string[] | null;
}

const REDIRECTABLE: ReadonlySet<string> = new Set(REDIRECTABLE_TYPES);

/**
 * The path a visitor's browser asks the site for to reach this document, as a redirect starts
 * from it; undefined without a slug, for other types, and for an anchor on a shared page (a
 * browser never sends the part after `#`, so no redirect can start there).
 */
export function redirectablePath(document: AddressedDocument | null | undefined): string | undefined {
  if (!document || !REDIRECTABLE.has(document._type)) return undefined;
  const path = documentPath({ ...document, slug: document.slug?.current });
  return path && !path.includes('#') ? redirectFromPath(path) : undefined;
}

/**
 * The draft's old addresses as publishing it should leave them: the published address appended
 * when the draft moves the document elsewhere (once), and the draft's own address dropped (the
 * editor moved back to an old one, which is a live page again). Undefined when nothing changes.
 */
export function previousPathsOnPublish(
  published: AddressedDocument | null | undefined,
  draft: AddressedDocument,
): string[] | undefined {
  const current = draft.previousPaths ?? [];
  const newPath = redirectablePath(draft);
  const oldPath = redirectablePath(published);
  const kept = current.filter((path) => redirectFromPath(path) !== newPath);
  const added =
    oldPath && oldPath !== newPath && !kept.some((path) => redirectFromPath(path) === oldPath) ? [oldPath] : [];
  const next = [...kept, ...added];
  return next.length === current.length && added.length === 0 ? undefined : next;
}
