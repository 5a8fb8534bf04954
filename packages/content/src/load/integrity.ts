import type { ContentProblem } from '../report/contentProblems.ts';
import type { SiteContent } from './loadContent.ts';

const sluggedCollections = [
  ['posts', 'post'],
  ['episodes', 'podcastEpisode'],
  ['resources', 'resource'],
  ['topics', 'topic'],
  ['people', 'person'],
  ['pages', 'page'],
] as const;

/** Two documents of one type with one slug would write the same page: name both. Collections that failed validation are skipped. */
export function findDuplicateSlugs(content: Partial<Record<keyof SiteContent, unknown[]>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [collection, type] of sluggedCollections) {
    const seen = new Map<string, string>();
    for (const item of content[collection] ?? []) {
      const doc = item as { _id?: unknown; slug?: unknown };
      if (typeof doc?.slug !== 'string' || typeof doc._id !== 'string') continue;
      const first = seen.get(doc.slug);
      if (first === undefined) seen.set(doc.slug, doc._id);
      else problems.push({ id: doc._id, type, path: 'slug', message: `"${doc.slug}" is already used by ${type} "${first}": give this one a different slug` });
    }
  }
  return problems;
}
