import type { ContentProblem, QueryResults } from '@frm/content';
import { stegaClean } from '@sanity/client/stega';
import { documentPath } from '../lib/urls.ts';

/*
 * A draft the build would reject (a new episode with no web address yet, a title emptied while
 * typing) holds back only itself: the preview shows it as published everywhere else, and its own
 * page shows what to fix. Without this, one half-made document anywhere put "cannot be published
 * yet" on every page of the preview.
 */

/** `drafts.x` and `versions.<release>.x` are versions of `x`. */
const baseId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };

/** A string field of a draft as the site reads it (stega removed), or null. */
const text = (field: Json | undefined) => (typeof field === 'string' ? stegaClean(field) : null);
const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const documentId = (value: unknown) => (isDoc(value) && typeof value._id === 'string' ? baseId(value._id) : undefined);
// One document is projected differently in different places (a post, a post's summary in a list).
const shapeOf = (doc: Doc) => Object.keys(doc).sort().join(',');

/** Every object with an `_id` in the published results, by id and shape. */
function publishedObjects(published: QueryResults): Map<string, Doc> {
  const found = new Map<string, Doc>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isDoc(value)) return;
    const id = documentId(value);
    if (id) found.set(`${id} ${shapeOf(value)}`, value);
    Object.values(value).forEach(visit);
  };
  visit(published.results);
  return found;
}

export interface WithheldDrafts {
  /** The results with every withheld draft replaced by its published version (or left out). */
  results: QueryResults;
  /** Each withheld draft's problems, by the path of its page in the draft (when it has one yet). */
  byPath: Map<string, ContentProblem[]>;
}

/**
 * The draft results with the documents named by `problems` as they are published: where a draft
 * is (as a whole document, or a summary inside another), its published version of the same shape
 * takes its place, or nothing when it was never published.
 */
export function withholdDrafts(
  drafts: QueryResults,
  published: QueryResults,
  problems: readonly ContentProblem[],
): WithheldDrafts {
  const withheld = new Set(problems.map((problem) => baseId(problem.id)));
  const publishedVersion = publishedObjects(published);
  const byPath = new Map<string, ContentProblem[]>();

  const swap = (value: Json): Json | undefined => {
    const id = documentId(value);
    if (id && withheld.has(id)) {
      const doc = value as Doc;
      const path =
        typeof doc._type === 'string'
          ? documentPath({ _type: doc._type, slug: text(doc.slug), kind: text(doc.kind) })
          : undefined;
      if (path)
        byPath.set(
          path,
          problems.filter((problem) => baseId(problem.id) === id),
        );
      return publishedVersion.get(`${id} ${shapeOf(doc)}`);
    }
    if (Array.isArray(value)) return value.map(swap).filter((item): item is Json => item !== undefined);
    if (isDoc(value))
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, swap(child) ?? null]));
    return value;
  };

  const undated = (result: unknown) => (Array.isArray(result) ? (result as Json[]) : []);
  const results = Object.fromEntries(
    Object.entries(drafts.results).map(([name, result]) => [name, swap(result as Json) ?? null]),
  ) as QueryResults['results'];
  return {
    results: {
      ...drafts,
      results,
      // A withheld draft's date problem goes with it; its published version's (if any) stays.
      undated: [
        ...undated(drafts.undated).filter((doc) => !withheld.has(documentId(doc) ?? '')),
        ...undated(published.undated).filter((doc) => withheld.has(documentId(doc) ?? '')),
      ],
    },
    byPath,
  };
}
