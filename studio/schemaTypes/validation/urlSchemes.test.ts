import { describe, expect, it } from 'vitest';
import { LINK_SCHEMES, checkNavHref, checkSiteUrl, checkUrlScheme } from './urlSchemes.ts';

describe('checkUrlScheme', () => {
  it('accepts empty values (required-ness is a separate rule)', () => {
    expect(checkUrlScheme(undefined)).toBe(true);
    expect(checkUrlScheme('')).toBe(true);
  });

  it('accepts http and https web addresses', () => {
    expect(checkUrlScheme('https://familyroommission.org/podcast')).toBe(true);
    expect(checkUrlScheme('http://example.org')).toBe(true);
  });

  it.each([
    'ftp://files.example.org/a.mp3',
    'javascript:alert(1)',
    'www.example.org',
    '/about',
    'mailto:hi@example.org',
    'https://',
  ])('rejects %s with a plain-language message', (value) => {
    expect(checkUrlScheme(value)).toBe('Use a web address that starts with https://');
  });

  it('rejects non-strings', () => {
    expect(checkUrlScheme(42)).toBe('Use a web address that starts with https://');
  });

  it('rejects surrounding spaces and embedded credentials', () => {
    expect(checkUrlScheme(' https://example.org')).toBe('Remove the spaces before or after the web address');
    expect(checkUrlScheme('https://user:secret@example.org')).toBe(
      'Remove the user name or password from the web address',
    );
  });

  it('allows mailto only where asked (rich-text links)', () => {
    expect(checkUrlScheme('mailto:hello@familyroommission.org', LINK_SCHEMES)).toBe(true);
    expect(checkUrlScheme('mailto:', LINK_SCHEMES)).toBe(
      'Add the email address after mailto:, e.g. mailto:hello@example.org',
    );
    expect(checkUrlScheme('tel:+15551234', LINK_SCHEMES)).toBe(
      'Use a web address that starts with https:// (or mailto: for an email link)',
    );
  });
});

describe('checkSiteUrl', () => {
  it('accepts an https origin and localhost over http', () => {
    expect(checkSiteUrl('https://familyroommission.org')).toBe(true);
    expect(checkSiteUrl('https://familyroommission.org/')).toBe(true);
    expect(checkSiteUrl('http://localhost:4321')).toBe(true);
  });

  it('requires https for the live site', () => {
    expect(checkSiteUrl('http://familyroommission.org')).toBe(
      'The live site must use https:// (http:// is only for local previews)',
    );
  });

  it('rejects a page address instead of the site address', () => {
    expect(checkSiteUrl('https://familyroommission.org/about')).toBe(
      'Use only the site address without a page, e.g. https://familyroommission.org',
    );
  });

  it('passes on the scheme message for non-web addresses', () => {
    expect(checkSiteUrl('familyroommission.org')).toBe('Use a web address that starts with https://');
  });
});

describe('checkNavHref', () => {
  it('accepts site paths and web addresses', () => {
    expect(checkNavHref('/podcast')).toBe(true);
    expect(checkNavHref('/')).toBe(true);
    expect(checkNavHref('https://shop.example.org')).toBe(true);
  });

  it.each(['podcast', '//evil.example.org', 'mailto:a@b.org', 'ftp://x.org'])('rejects %s', (value) => {
    expect(checkNavHref(value)).toBe(
      'Use a page path that starts with / (like /podcast) or a web address that starts with https://',
    );
  });

  it('rejects paths with spaces', () => {
    expect(checkNavHref('/about us')).toBe('Remove the spaces from the link');
  });
});
