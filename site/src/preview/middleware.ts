import { randomBytes } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { ContentError, type ContentProblem } from '@frm/content';
import { stegaClean } from '@sanity/client/stega';
import { isDraftMode } from './draftMode.ts';
import { watchLakeChanges } from './lakeChanges.ts';
import {
  CANNOT_PUBLISH_ROUTE,
  type CannotPublishLocals,
  lakeUnavailablePage,
  PREVIEW_STYLESHEET,
  previewBar,
  scheduledBanner,
  scheduledItem,
  withheldBanner,
} from './previewChrome.ts';
import { previewContent, type PreviewContent } from './previewContent.ts';
import { previewEnv } from './previewEnv.ts';
import { runInRequestScope } from './requestScope.ts';
import { cleanStegaOutsideText } from './stegaHtml.ts';

/**
 * Every preview request: picks the perspective (drafts only with a valid draft-mode cookie), loads
 * that content before the page renders (so a draft the build would reject shows the build's report,
 * not a 500), then finishes the page: stega only where it belongs, the preview bar and banners,
 * noindex, and a CSP that lets only the Studio frame the preview.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  watchLakeChanges();
  const draftMode = isDraftMode(context.cookies);
  if (context.url.pathname.startsWith('/api/')) return withPreviewHeaders(await next());

  let loaded: PreviewContent | undefined;
  let problems: readonly ContentProblem[] | undefined;
  try {
    loaded = await previewContent(draftMode ? 'drafts' : 'published');
  } catch (error) {
    if (!(error instanceof ContentError)) {
      console.error(`[preview] ${error instanceof Error ? error.message : 'content load failed'}`);
      return withPreviewHeaders(html(lakeUnavailablePage(), 502));
    }
    problems = error.problems;
  }

  // The overlays' styled-components insert <style> elements: allowed by a per-response nonce only.
  const nonce = draftMode ? randomBytes(16).toString('base64') : undefined;
  if (nonce && context.csp) {
    context.csp.insertStyleResource("'self'");
    context.csp.insertStyleResource(`'nonce-${nonce}'`);
  }
  // A draft the build would reject shows its report on its own page only (withheldDrafts.ts).
  const ownProblems = loaded?.withheld.get(context.url.pathname);
  const content = ownProblems ? undefined : loaded?.content;
  let response: Response;
  if (content) response = await runInRequestScope({ content, draftMode }, () => next());
  else {
    // The build's report instead of the page, as a page of its own so the preview client runs on it.
    (context.locals as CannotPublishLocals).frmCannotPublish = ownProblems ?? problems;
    response = await next(CANNOT_PUBLISH_ROUTE);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html')) {
    const page = finishPage(await response.text(), {
      draftMode,
      nonce,
      scheduled: content && scheduledItem(content, context.url.pathname),
      withheld: content ? loaded!.withheldProblems : [],
    });
    const headers = withoutLength(response.headers);
    const policy = headers.get('content-security-policy');
    if (nonce && policy) headers.set('content-security-policy', withStyleNonce(policy, nonce));
    return withPreviewHeaders(new Response(page, { status: response.status, headers }));
  }
  if (/^(text\/|application\/(json|xml|rss\+xml|feed\+json))/.test(type)) {
    // Feeds, chapters and transcripts: no stega anywhere.
    return withPreviewHeaders(
      new Response(stegaClean(await response.text()), {
        status: response.status,
        headers: withoutLength(response.headers),
      }),
    );
  }
  return withPreviewHeaders(response);
});

interface PageState {
  draftMode: boolean;
  nonce: string | undefined;
  scheduled: ReturnType<typeof scheduledItem>;
  /** Drafts left out of this page's content, because the build would reject them. */
  withheld: readonly ContentProblem[];
}

function finishPage(page: string, { draftMode, nonce, scheduled, withheld }: PageState): string {
  // A page Astro rewrote (the page-not-found page) went through this middleware already.
  if (/<html\b[^>]*\bdata-frm-preview=/i.test(page)) return page;
  const head = [
    '<meta name="robots" content="noindex, nofollow">',
    `<link rel="stylesheet" href="${PREVIEW_STYLESHEET}">`,
    ...(nonce ? [`<meta property="csp-nonce" nonce="${nonce}">`] : []),
  ].join('');
  const top =
    previewBar(draftMode) +
    (scheduled ? scheduledBanner(scheduled) : '') +
    (withheld.length ? withheldBanner(withheld) : '');
  // Only draft content carries stega (the published perspective is fetched without it).
  const cleaned = (draftMode ? cleanStegaOutsideText(page) : page)
    .replace(/<meta name="robots"[^>]*>/gi, '')
    .replace(
      /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i,
      (_tag, start: string, policy: string) => `${start}${nonce ? withStyleNonce(policy, nonce) : policy}"`,
    );
  const withHead = cleaned
    .replace(/<html\b/i, `<html data-frm-preview="${draftMode ? 'drafts' : 'published'}"`)
    .replace(/<head\b[^>]*>/i, (tag) => tag + head);
  return /<main\b[^>]*>/i.test(withHead)
    ? withHead.replace(/<main\b[^>]*>/i, (tag) => tag + top)
    : withHead.replace(/<body\b[^>]*>/i, (tag) => tag + top);
}

/**
 * The policy with the nonce among the style sources. Astro's `context.csp.insertStyleResource` only
 * reaches the policy when called while the page renders, not from middleware before it (Astro 7.4),
 * so the rendered policy gets the nonce here; once there, it is not added again.
 */
function withStyleNonce(policy: string, nonce: string): string {
  const source = `'nonce-${nonce}'`;
  return policy.includes(source) ? policy : policy.replace(/\bstyle-src /, `style-src ${source} `);
}

function html(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function withoutLength(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete('content-length');
  return copy;
}

/** Never indexed, never cached by a shared cache, framed only by the Studio. */
function withPreviewHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('x-robots-tag', 'noindex, nofollow');
  headers.set('cache-control', 'private, no-store');
  headers.set('referrer-policy', 'same-origin');
  // Astro's own policy (hashes of its scripts and styles) stays; only the Studio may frame the page.
  // A 404 passes here twice (the page, then its rewrite): the directive is replaced, not repeated.
  const frameAncestors = `frame-ancestors 'self' ${new URL(previewEnv().studioUrl).origin}`;
  const policy = (headers.get('content-security-policy') ?? '').split(';').map((directive) => directive.trim());
  headers.set(
    'content-security-policy',
    [...policy.filter((directive) => directive && !directive.startsWith('frame-ancestors')), frameAncestors].join('; '),
  );
  if (!/\bcookie\b/i.test(headers.get('vary') ?? '')) headers.append('vary', 'cookie');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
