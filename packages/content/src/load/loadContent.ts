import type { z } from 'zod';
import { danglingReferencesQuery, undatedQuery } from '../queries.ts';
import { contentRegistry, type SiteContent } from '../registry/contentRegistry.ts';
import { siteCollections, type SiteCollection } from '../registry/siteTypes.ts';
import { ContentError, formatProblem, type ContentProblem } from '../report/contentProblems.ts';
import { danglingReferenceWarnings } from './danglingReferences.ts';
import type { ContentSource } from '../sources/contentSource.ts';
import { findDuplicateSlugs } from './integrity.ts';
import { redirectRules } from '../redirects/contentRedirects.ts';
import { answeredNoDocuments, noDocumentsProblem } from './noDocuments.ts';

export type { SiteContent };

/** A collection's query result as a whole: a singleton's document, or the list of documents. */
const resultModels = Object.fromEntries(
  siteCollections.map((name): [string, z.ZodType] => {
    const entry = contentRegistry[name];
    return [name, 'singletonId' in entry ? entry.model : entry.model.array()];
  }),
) as Record<SiteCollection, z.ZodType>;

export interface LoadOptions {
  /** Content published after this instant is left out. */
  now?: Date;
  /** Problems that do not stop the build (a reference to a deleted document). Default: console.warn. */
  onWarning?: (warning: ContentProblem) => void;
}

/**
 * Runs every query once, validates every result against its model and returns all content.
 * Any invalid document stops the load with one ContentError listing every problem.
 */
export async function loadContent(source: ContentSource, options: LoadOptions = {}): Promise<SiteContent> {
  const results = await runContentQueries(source, options.now);
  if (source.kind === 'contentLake' && answeredNoDocuments(results))
    throw new ContentError(`Content from ${source.description} cannot be published`, [noDocumentsProblem]);
  const warn = options.onWarning ?? ((warning: ContentProblem) => console.warn(`Warning: ${formatProblem(warning)}`));
  danglingReferenceWarnings(results.dangling).forEach(warn);
  const { content, problems, warnings } = validateQueryResults(results);
  warnings.forEach(warn);
  if (problems.length > 0)
    throw new ContentError(
      `Content from ${source.description} cannot be published (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      problems,
    );
  return content as SiteContent;
}

/** What every query returned, before validation. */
export interface QueryResults {
  undated: unknown;
  dangling: unknown;
  results: Record<SiteCollection, unknown>;
}

/** Runs the content queries, the undated check and the dangling-reference check on one source. */
export async function runContentQueries(source: ContentSource, now = new Date()): Promise<QueryResults> {
  const params = { now: now.toISOString() };
  const [undated, dangling, ...results] = await Promise.all([
    source.fetch(undatedQuery, params),
    source.fetch(danglingReferencesQuery, params),
    ...siteCollections.map((name) => source.fetch(contentRegistry[name].query, params)),
  ]);
  return {
    undated,
    dangling,
    results: Object.fromEntries(siteCollections.map((name, i) => [name, results[i]])) as Record<
      SiteCollection,
      unknown
    >,
  };
}

/** Validates each result against its model; every problem found, each once, naming its document and field. */
export function validateQueryResults({ undated, results }: QueryResults): {
  content: Partial<SiteContent>;
  problems: ContentProblem[];
  /** What does not stop the build (a redirect waiting for its scheduled page). */
  warnings: ContentProblem[];
} {
  const problems: ContentProblem[] = undatedProblems(undated);
  const content: Record<string, unknown> = {};
  for (const name of siteCollections) {
    const result = results[name];
    const entry = contentRegistry[name];
    if ('singletonId' in entry && result == null) {
      problems.push({
        id: entry.singletonId,
        type: entry.type,
        path: '',
        message: `is missing: create and publish the ${entry.label} document`,
      });
      continue;
    }
    const parsed = resultModels[name].safeParse(result);
    if (parsed.success) content[name] = parsed.data;
    else problems.push(...issuesToProblems(name, result, parsed.error.issues));
  }
  // Raw results, so a collection with other problems is still checked for duplicate slugs.
  problems.push(
    ...findDuplicateSlugs(
      Object.fromEntries(siteCollections.map((name) => [name, Array.isArray(results[name]) ? results[name] : []])),
    ),
  );
  // Redirects are checked against the whole site: only when every collection is valid.
  const redirects = siteCollections.every((name) => name in content)
    ? redirectRules(content as SiteContent)
    : undefined;
  problems.push(...(redirects?.problems ?? []));
  const unique = [...new Map(problems.map((p) => [`${p.id}\u0000${p.path}\u0000${p.message}`, p])).values()];
  return { content: content as Partial<SiteContent>, problems: unique, warnings: redirects?.waiting ?? [] };
}

function undatedProblems(result: unknown): ContentProblem[] {
  return ((result ?? []) as Array<{ _id: string; _type: string; publishedAt: unknown }>).map((doc) => ({
    id: doc._id,
    type: doc._type,
    path: 'publishedAt',
    message:
      doc.publishedAt == null
        ? 'is missing: set the date and time to publish it'
        : `"${String(doc.publishedAt)}" is not a date and time: pick one with the date picker`,
  }));
}

/** Fields that embed a summary of another document, and that document's type. */
const embeddedTypes: Record<string, string> = {
  author: 'person',
  guests: 'person',
  topics: 'topic',
  relatedEpisodes: 'podcastEpisode',
  relatedPosts: 'post',
  relatedResources: 'resource',
};

/**
 * Names the document that holds the bad field. A problem inside an embedded summary (a post's
 * related episode) belongs to the embedded document, so it is reported there, once.
 */
function issuesToProblems(
  name: SiteCollection,
  result: unknown,
  issues: readonly z.core.$ZodIssue[],
): ContentProblem[] {
  const entry = contentRegistry[name];
  const singletonId = 'singletonId' in entry ? entry.singletonId : undefined;
  return issues.map((issue) => {
    let id = singletonId ?? 'unknown';
    let type: string = entry.type;
    let fieldPath: PropertyKey[] = [...issue.path];
    let node: unknown = result;
    issue.path.forEach((key, index) => {
      if (node === null || typeof node !== 'object') return;
      const parentKey = issue.path[index - 1];
      node = (node as Record<PropertyKey, unknown>)[key as PropertyKey];
      const record = node as { _id?: unknown; _type?: unknown } | null;
      if (!record || typeof record !== 'object' || typeof record._id !== 'string') return;
      const embeddedIn = typeof key === 'number' ? parentKey : key;
      const isTopLevel = index === 0 && typeof key === 'number';
      if (!isTopLevel && !(typeof embeddedIn === 'string' && embeddedIn in embeddedTypes)) return;
      id = record._id;
      type =
        typeof record._type === 'string'
          ? record._type
          : isTopLevel
            ? entry.type
            : embeddedTypes[embeddedIn as string]!;
      fieldPath = issue.path.slice(index + 1);
    });
    return { id, type, path: formatPath(fieldPath), message: issue.message };
  });
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
