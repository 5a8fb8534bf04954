import type { ContentProblem, SiteContent } from '@frm/content';
import { problemInWords } from '@frm/content/report';
import { stegaClean } from '@sanity/client/stega';
import { formatDate } from '../lib/dates.ts';
import { paths } from '../lib/urls.ts';

/*
 * What the preview adds to every page, so editors always know what they are looking at: a bar
 * (draft or published content, and the way out of draft mode), a "Scheduled for" banner on a post
 * or episode that is not live yet, and the build's content report instead of a broken page.
 */
export const PREVIEW_STYLESHEET = '/api/preview/preview.css';
export const DISABLE_DRAFT_MODE = '/api/draft-mode/disable';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function previewBar(draftMode: boolean): string {
  return draftMode
    ? `<div class="frm-preview-bar" role="status"><strong>Preview</strong> showing drafts: unpublished changes are included. <a href="${DISABLE_DRAFT_MODE}">Exit draft mode</a></div>`
    : `<div class="frm-preview-bar" role="status"><strong>Preview</strong> showing published content. Open this page from the Studio's Presentation tool to see drafts.</div>`;
}

/** The post or episode this path shows, when its publish date is still ahead. */
export function scheduledItem(
  content: SiteContent,
  pathname: string,
  now = new Date(),
): { kind: string; publishedAt: string } | undefined {
  const items = [
    ...content.posts.map((post) => ({ kind: 'post', path: paths.post(post.slug), publishedAt: post.publishedAt })),
    ...content.episodes.map((episode) => ({
      kind: 'episode',
      path: paths.episode(episode.slug),
      publishedAt: episode.publishedAt,
    })),
  ];
  const item = items.find((candidate) => candidate.path === pathname);
  return item && Date.parse(item.publishedAt) > now.getTime() ? item : undefined;
}

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

export function scheduledBanner(item: { kind: string; publishedAt: string }): string {
  const at = dateTime.format(new Date(item.publishedAt));
  return `<p class="frm-scheduled" role="note"><strong>Scheduled for <time datetime="${escape(item.publishedAt)}">${escape(at)} UTC</time></strong>. Readers cannot see this ${item.kind} yet; the site shows it from then on (${escape(formatDate(item.publishedAt))}).</p>`;
}

/** Where the middleware renders the page an editor sees instead of a 500 (routes/CannotPublish.astro). */
export const CANNOT_PUBLISH_ROUTE = '/api/preview/cannot-publish';

/** The problems the middleware hands to that page. */
export interface CannotPublishLocals {
  frmCannotPublish?: readonly ContentProblem[];
}

/** The list on that page, in the editors' words as the Studio's banner says it (no ids or field paths). */
export function cannotPublishItems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `<li>${escape(stegaClean(problemInWords(problem)))}</li>`).join('');
}

/** On every other page while a draft the build would reject is left out: which one, and what to fix. */
export function withheldBanner(problems: readonly ContentProblem[]): string {
  return `<div class="frm-withheld" role="note"><p><strong>Not in this preview yet:</strong> changes the site could not publish, so this page shows their published version (if any). Fix them in the Studio and the preview updates:</p><ul>${cannotPublishItems(problems)}</ul></div>`;
}

export function lakeUnavailablePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Preview unavailable</title><link rel="stylesheet" href="${PREVIEW_STYLESHEET}"></head>
<body class="frm-report"><main><h1>The preview cannot reach the content right now</h1><p>Sanity's Content Lake did not answer. Try again in a minute; if it keeps happening, tell whoever runs the preview server (the server log has the details).</p></main></body></html>`;
}

export const previewStylesheet = `.frm-preview-bar{font:14px/1.4 system-ui,sans-serif;background:#1d2b3a;color:#fff;padding:.5rem 1rem;display:flex;gap:.75rem;flex-wrap:wrap;align-items:center}
.frm-preview-bar a{color:#fff}
.frm-scheduled{font:15px/1.4 system-ui,sans-serif;background:#fff3cd;color:#3d2c00;border:1px solid #e0b100;border-radius:6px;padding:.75rem 1rem;margin:1rem auto;max-width:54rem}
.frm-withheld{font:14px/1.4 system-ui,sans-serif;background:#fdecea;color:#4a1410;border:1px solid #d9534f;border-radius:6px;padding:.5rem 1rem;margin:1rem auto;max-width:54rem}
.frm-withheld p,.frm-withheld ul{margin:.25rem 0}
.frm-report main{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}
`;
