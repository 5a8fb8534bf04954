import { siteCollections, siteTypes, type SiteCollection, type SiteType } from '../registry/siteTypes.ts';
import type { ContentProblem } from '../report/contentProblems.ts';

/** Every collection of documents (not the singletons): each document's slug names its page. */
const sluggedCollections = siteCollections.filter((name) => !(siteTypes[name] as SiteType).singletonId);

/** Two documents of one type with one slug would write the same page: name both. Collections that failed validation are skipped. */
export function findDuplicateSlugs(content: Partial<Record<SiteCollection, unknown[]>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of sluggedCollections) {
    const { type } = siteTypes[collection];
    const seen = new Map<string, string>();
    for (const item of content[collection] ?? []) {
      const doc = item as { _id?: unknown; slug?: unknown };
      if (typeof doc?.slug !== 'string' || typeof doc._id !== 'string') continue;
      const first = seen.get(doc.slug);
      if (first === undefined) seen.set(doc.slug, doc._id);
      else
        problems.push({
          id: doc._id,
          type,
          path: 'slug',
          message: `"${doc.slug}" is already used by ${type} "${first}": give this one a different slug`,
        });
    }
  }
  return problems;
}
