import type { APIRoute } from 'astro';
import { DRAFT_MODE_COOKIE } from '../draftModeCookie.ts';

export const prerender = false;

/** The Presentation tool's `previewMode.disable`, and the preview bar's "Exit draft mode". */
export const GET: APIRoute = ({ cookies, redirect, url }) => {
  cookies.delete(DRAFT_MODE_COOKIE, { httpOnly: true, secure: true, sameSite: 'none', path: '/' });
  const to = url.searchParams.get('redirect');
  // Only a path on this site: never an open redirect.
  return redirect(to && /^\/(?!\/)/.test(to) ? to : '/', 307);
};
