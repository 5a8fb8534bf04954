import type { ContentProblem } from '../report/contentProblems.ts';
import type { FieldCheck } from '../rules/fieldCheck.ts';
import { checkUrlScheme, WEB_SCHEMES } from '../rules/webAddress.ts';

/*
 * Redirects that keep old links alive: a document's old addresses (kept by the Studio when its web
 * address changes, or recorded by the importer) and the editors' own redirect documents. The Studio's
 * validation and the build both run checkRedirects() over the same rules, so what the Studio lets an
 * editor publish, the build writes (`_redirects`, and a meta-refresh page per old path for hosts
 * that read no `_redirects`).
 */

/** The document types whose old addresses redirect to their new one. */
export const REDIRECTABLE_TYPES = ['post', 'podcastEpisode', 'resource', 'topic', 'page'] as const;

/** One redirect from a path on this site to a path on it (or, for an editor's redirect, any web address). */
export interface Redirect {
  /** A site path, normalised by redirectFromPath(). */
  from: string;
  /** A site path (starts with `/`) or an absolute http(s) URL. */
  to: string;
  status: 301 | 302;
  /** Where the rule is written, so a problem names the document and field to fix. */
  source: { id: string; type: string; title: string; field: string };
}

const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;

/**
 * The path a redirect starts from, as the site serves it: `https://…/a/b?x#y` on the site's own
 * origin, `a/b` or `/a/b` all give `/a/b/` (pages end with a slash); a file path such as
 * `/feed.rss` or `/2019/05/post.html` is kept as it is. Undefined when it is not a path on this
 * site (another origin, an empty path, `..`, or characters a URL cannot carry).
 */
export function redirectFromPath(input: string, siteOrigin?: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text, 'http://site.invalid/');
  } catch {
    return undefined;
  }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//');
  if (absolute && url.origin !== new URL(siteOrigin ?? 'http://site.invalid/').origin) return undefined;
  let path: string;
  try {
    path = decodeURI(url.pathname);
  } catch {
    return undefined;
  }
  if (path === '/' || path.split('/').includes('..') || /[\s<>"'`]/.test(path)) return undefined;
  path = path.replace(/\/{2,}/g, '/');
  return FILE_EXTENSION.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** The Studio's check of an old address or a redirect's "from": a path on this site. */
export const checkRedirectFrom: FieldCheck = (value) => {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string') return 'must be a path such as /old-page/';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value.trim()))
    return 'must be a path on this site, such as /2019/05/old-post/, without https:// and the domain';
  return redirectFromPath(value) ? true : 'must be a path on this site, such as /2019/05/old-post/';
};

/** The Studio's check of a redirect's "url": a path on this site, or a web address anywhere. */
export const checkRedirectUrl: FieldCheck = (value) => {
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
    return /[\s<>"'`\\]/.test(value) ? 'must be a path on this site, such as /about/, without spaces or quotes' : true;
  return checkUrlScheme(value, WEB_SCHEMES);
};

const describe = (redirect: Redirect) => `“${redirect.source.title}”`;

function problem(redirect: Redirect, message: string): ContentProblem {
  return { id: redirect.source.id, type: redirect.source.type, path: redirect.source.field, message };
}

/**
 * What is wrong with a set of redirects, each problem naming the document and field to fix:
 * a redirect from a live page (it would never be followed), two redirects from one path to
 * different places, a loop, and a chain (a redirect to a path that redirects again: visitors and
 * search engines should get there in one hop). `livePaths` are the paths of every page the site
 * builds.
 */
export function checkRedirects(redirects: readonly Redirect[], livePaths: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byFrom = new Map<string, Redirect>();
  for (const redirect of redirects) {
    if (livePaths.has(redirect.from)) {
      problems.push(
        problem(
          redirect,
          `${redirect.from} is a live page on the site, so a redirect from it would never be followed. Remove ${redirect.from} here, or give the live page another address.`,
        ),
      );
      continue;
    }
    const earlier = byFrom.get(redirect.from);
    if (earlier && earlier.to !== redirect.to) {
      problems.push(
        problem(
          redirect,
          `${redirect.from} already redirects to ${earlier.to} (set in ${describe(earlier)}). Remove it from one of the two.`,
        ),
      );
      continue;
    }
    byFrom.set(redirect.from, redirect);
  }
  for (const redirect of byFrom.values()) {
    if (redirect.from === redirect.to) {
      problems.push(problem(redirect, `${redirect.from} redirects to itself. Point it at another page or remove it.`));
      continue;
    }
    const next = byFrom.get(redirect.to);
    if (!next) continue;
    // Follow the chain to tell a loop (it comes back) from a chain that ends somewhere.
    const seen = [redirect.from, redirect.to];
    let hop: Redirect | undefined = next;
    while (hop && !seen.includes(hop.to)) {
      seen.push(hop.to);
      hop = byFrom.get(hop.to);
    }
    problems.push(
      problem(
        redirect,
        hop
          ? `${redirect.from} leads into a redirect loop (${[...seen, hop.to].join(' → ')}): visitors would never reach a page. Change where one of them leads.`
          : `${redirect.from} redirects to ${redirect.to}, which redirects again to ${next.to} (set in ${describe(next)}). Point it straight at ${next.to}.`,
      ),
    );
  }
  return problems;
}
