import type { AstroCookies } from 'astro';
import { DRAFT_MODE_COOKIE, isValidDraftModeCookie } from './draftModeCookie.ts';
import { previewEnv } from './previewEnv.ts';

/** True when the request carries a draft-mode cookie this server signed. */
export const isDraftMode = (cookies: AstroCookies): boolean =>
  isValidDraftModeCookie(previewEnv().token, cookies.get(DRAFT_MODE_COOKIE)?.value);
