import { createHmac, timingSafeEqual } from 'node:crypto';

/** The draft-mode cookie: set by the enable route, checked on every request. */
export const DRAFT_MODE_COOKIE = 'frm-draft-mode';
/** An editor's session; the Presentation tool enables draft mode again whenever it opens. */
export const DRAFT_MODE_MAX_AGE_SECONDS = 8 * 60 * 60;

/*
 * The value is `<expiry>.<HMAC of the expiry>`, keyed by the read token: it cannot be forged
 * without the token, reveals nothing about it, and stays valid across restarts and instances.
 */
const signature = (key: string, expires: string) =>
  createHmac('sha256', key).update(`frm-draft-mode:${expires}`).digest('base64url');

export function draftModeCookieValue(key: string, now = Date.now()): string {
  const expires = String(Math.floor(now / 1000) + DRAFT_MODE_MAX_AGE_SECONDS);
  return `${expires}.${signature(key, expires)}`;
}

export function isValidDraftModeCookie(key: string | undefined, value: string | undefined, now = Date.now()): boolean {
  if (!key || !value) return false;
  const [expires, given] = value.split('.');
  if (!expires || !given || !/^\d+$/.test(expires) || Number(expires) * 1000 <= now) return false;
  const expected = Buffer.from(signature(key, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
