import type { Redirect } from '@frm/content';
import { absoluteUrl } from '../../lib/urls.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page written at an old path for hosts that follow no redirect rules (GitHub Pages): the
 * browser is sent on by a meta refresh, search engines are pointed at the new page by the
 * canonical link and told not to index this one, and a visible link serves everyone else. As
 * Astro's own redirect page (core/routing/3xx.js), a temporary redirect waits 2 seconds: Google
 * reads an instant refresh as permanent. No script or style, so its policy allows nothing.
 */
export function redirectPage(redirect: Redirect, siteUrl: string): string {
  // The visitor stays on the host that served this page; the canonical link names the site's own.
  const href = escapeHtml(redirect.to);
  const canonical = escapeHtml(absoluteUrl(redirect.to, siteUrl));
  const delay = redirect.status === 302 ? 2 : 0;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'none'">
<title>This page has moved</title>
<meta http-equiv="refresh" content="${delay};url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<p>This page has moved to <a href="${href}">${canonical}</a>.</p>
</body>
</html>
`;
}

/** Where the page for an old path goes in the output folder: `/a/b/` → `a/b/index.html`, a file path as it is. */
export function redirectPageFile(from: string): string {
  return (from.endsWith('/') ? `${from}index.html` : from).slice(1);
}
