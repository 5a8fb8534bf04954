import { describe, expect, it } from 'vitest';
import { DRAFT_MODE_MAX_AGE_SECONDS, draftModeCookieValue, isValidDraftModeCookie } from './draftModeCookie.ts';

describe('draft-mode cookie', () => {
  const key = 'sk-read-token';
  it('accepts its own value until it expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const value = draftModeCookieValue(key, now);
    expect(isValidDraftModeCookie(key, value, now + 1000)).toBe(true);
    expect(isValidDraftModeCookie(key, value, now + DRAFT_MODE_MAX_AGE_SECONDS * 1000 + 1)).toBe(false);
  });
  it('refuses a value signed with another key, a changed expiry, garbage or nothing', () => {
    const value = draftModeCookieValue(key);
    const [expires, sig] = value.split('.');
    expect(isValidDraftModeCookie('another-token', value)).toBe(false);
    expect(isValidDraftModeCookie(key, `${Number(expires) + 3600}.${sig}`)).toBe(false);
    expect(isValidDraftModeCookie(key, 'true')).toBe(false);
    expect(isValidDraftModeCookie(key, undefined)).toBe(false);
    expect(isValidDraftModeCookie(undefined, value)).toBe(false);
  });
  it('never contains the key', () => {
    expect(draftModeCookieValue(key)).not.toContain(key);
  });
});
