import type { APIRoute } from 'astro';
import { validatePreviewUrl } from '@sanity/preview-url-secret';
import { DRAFT_MODE_COOKIE, DRAFT_MODE_MAX_AGE_SECONDS, draftModeCookieValue } from '../draftModeCookie.ts';
import { lakeClient } from '../lakeClient.ts';
import { previewEnv } from '../previewEnv.ts';

export const prerender = false;

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The Presentation tool's `previewMode.enable`: it stores a one-time secret in the Content Lake
 * and opens this route with it; @sanity/preview-url-secret checks the secret there (with the read
 * token) before the draft-mode cookie is set.
 */
export const GET: APIRoute = async ({ request, cookies, redirect }) => {
  const { token } = previewEnv();
  if (!token) return text(501, 'Draft mode is off: the preview server has no SANITY_API_READ_TOKEN.');
  const { isValid, redirectTo = '/' } = await validatePreviewUrl(lakeClient(), request.url);
  if (!isValid)
    return text(401, 'This preview link is invalid or has expired. Open the preview from the Studio again.');
  // SameSite=None (hence Secure): the Studio frames the preview from another site.
  cookies.set(DRAFT_MODE_COOKIE, draftModeCookieValue(token), {
    httpOnly: true,
    secure: true,
    sameSite: 'none',
    path: '/',
    maxAge: DRAFT_MODE_MAX_AGE_SECONDS,
  });
  return redirect(redirectTo, 307);
};
