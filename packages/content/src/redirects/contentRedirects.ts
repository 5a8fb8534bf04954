import type { SiteContent } from '../registry/contentRegistry.ts';
import type { ContentProblem } from '../report/contentProblems.ts';
import { documentPath, paths } from '../urls/sitePaths.ts';
import { checkRedirects, redirectFromPath, type Redirect } from './redirectRules.ts';

/*
 * The site's redirects from its content: each document's old addresses (301 to its page) and the
 * editors' redirect documents (301 or 302 to a document or a web address). The build runs it on
 * the loaded content (redirectRules) and the Studio on one query's result (redirectsFromCheckQuery),
 * so both apply the same rules and report the same problems.
 */

/** A document with a page, as the content and the check query give it. */
interface PagedDocument {
  _id: string;
  _type: string;
  title?: string | null;
  slug?: string | null;
  kind?: string | null;
  previousPaths?: readonly string[] | null;
}

/** An editor's redirect document, as the content and the check query give it. */
interface RedirectDocumentLike {
  _id: string;
  from: string | null;
  targetRef?: string | null;
  target: PagedDocument | null;
  url: string | null;
  permanent: boolean | null;
}

/** The result of redirectCheckQuery (packages/content/src/queries.ts). */
export interface RedirectCheckResult {
  documents: readonly PagedDocument[] | null;
  redirects: readonly RedirectDocumentLike[] | null;
}

export interface SiteRedirects {
  redirects: Redirect[];
  /** Every page path the content makes, and the site's sections and feeds. */
  livePaths: Set<string>;
  /** Loops, chains, redirects from live pages, and redirects to documents that are not on the site. */
  problems: ContentProblem[];
  /** Redirects to a document scheduled for later: left out until it is on the site (the site is rebuilt then). */
  waiting: ContentProblem[];
}

/** The path of a page; an anchor on a page (`/resources/#slug`) is the page it is on. */
const pagePath = (path: string) => path.split('#')[0]!;

/** Paths the site builds whatever the content: its sections and feeds. */
function sectionPaths(): string[] {
  return [
    paths.home(),
    paths.blog(),
    paths.blogFeed(),
    paths.podcast(),
    paths.episodes(),
    paths.podcastFeed(),
    paths.resources(),
    paths.search(),
    paths.privacy(),
  ];
}

/** Every path the documents make live, plus the sections and feeds. */
function livePathsOf(documents: readonly PagedDocument[]): Set<string> {
  const live = new Set(sectionPaths());
  for (const doc of documents) {
    const path = documentPath(doc);
    if (path && !path.includes('#')) live.add(path);
    if (doc._type === 'resource' && doc.kind) live.add(paths.resources(doc.kind));
    if (doc._type === 'topic' && doc.slug) live.add(paths.topicFeed(doc.slug));
  }
  return live;
}

/** A redirect's destination: a site path as the site writes it, or a web address as typed. */
function destination(url: string): string {
  return url.startsWith('/') && !/[?#]/.test(url) && url !== '/' ? (redirectFromPath(url) ?? url) : url;
}

function collect(documents: readonly PagedDocument[], redirectDocs: readonly RedirectDocumentLike[]): SiteRedirects {
  const livePaths = livePathsOf(documents);
  const redirects: Redirect[] = [];
  const problems: ContentProblem[] = [];
  const waiting: ContentProblem[] = [];
  for (const doc of documents) {
    const to = documentPath(doc);
    if (!to) continue;
    const source = { id: doc._id, type: doc._type, title: doc.title ?? doc._id, field: 'previousPaths' };
    for (const old of doc.previousPaths ?? []) {
      // An invalid entry is the field check's to report; the page's own address is no redirect.
      const from = redirectFromPath(old);
      if (from && from !== to) redirects.push({ from, to, status: 301, source });
    }
  }
  for (const doc of redirectDocs) {
    const from = doc.from ? redirectFromPath(doc.from) : undefined;
    if (!from) continue;
    const status = doc.permanent === false ? 302 : 301;
    const source = { id: doc._id, type: 'redirect', title: from, field: 'from' };
    if (doc.targetRef || doc.target) {
      const to = doc.target ? documentPath(doc.target) : undefined;
      if (doc.target && to && !livePaths.has(pagePath(to))) {
        // Published but scheduled: the Studio accepted it, and the due-check rebuilds the site when it goes live.
        waiting.push({
          id: doc._id,
          type: 'redirect',
          path: 'target',
          message: `redirects ${from} to “${doc.target.title ?? doc.target._id}”, which is scheduled for later: the redirect starts when it is on the site.`,
        });
        continue;
      }
      if (!to) {
        problems.push({
          id: doc._id,
          type: 'redirect',
          path: 'target',
          message: doc.target
            ? `redirects ${from} to “${doc.target.title ?? doc.target._id}”, which has no web address yet. Give it one, or choose another document.`
            : `redirects ${from} to a document that does not exist or is not published. Publish that document, or choose another one.`,
        });
        continue;
      }
      redirects.push({ from, to, status, source });
    } else if (doc.url) {
      redirects.push({ from, to: destination(doc.url), status, source });
    }
  }
  return { redirects, livePaths, problems: [...problems, ...checkRedirects(redirects, livePaths)], waiting };
}

/** Documents with a page in the loaded content. */
function pagedDocuments(
  content: Pick<SiteContent, 'posts' | 'episodes' | 'resources' | 'topics' | 'pages' | 'people'>,
) {
  return [
    ...content.posts.map((doc) => ({ ...doc, _type: 'post' })),
    ...content.episodes.map((doc) => ({ ...doc, _type: 'podcastEpisode' })),
    ...content.resources.map((doc) => ({ ...doc, _type: 'resource' })),
    ...content.topics.map((doc) => ({ ...doc, _type: 'topic' })),
    ...content.pages.map((doc) => ({ ...doc, _type: 'page' })),
    ...content.people.map((doc) => ({ ...doc, _type: 'person', title: doc.name, previousPaths: [] })),
  ];
}

/** The site's redirects from its loaded content, and what is wrong with them. */
export function redirectRules(
  content: Pick<SiteContent, 'posts' | 'episodes' | 'resources' | 'topics' | 'pages' | 'people' | 'redirects'>,
): SiteRedirects {
  return collect(pagedDocuments(content), content.redirects);
}

/** The same, from the result of redirectCheckQuery: what the Studio validates a redirect with. */
export function redirectsFromCheckQuery(result: RedirectCheckResult | null): SiteRedirects {
  return collect(result?.documents ?? [], result?.redirects ?? []);
}
