import { describe, expect, it } from 'vitest';
import {
  checkUrlScheme,
  isDateTime,
  isEmailAddress,
  isFilledText,
  isLanguageTag,
  isOptionValue,
  isSlug,
  isUuid,
} from './index.ts';
import { personRoles } from '../vocabulary.ts';

describe('shared content rules', () => {
  it('emails: zod’s check, so name@example.c is refused on both sides', () => {
    expect(isEmailAddress('podcast@familyroommission.org')).toBe(true);
    expect(['name@example.c', 'a@b', '!@a.aa', 'name@example..org', 7].map(isEmailAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('UUIDs need a real version and variant (RFC 9562), as podcast:guid does', () => {
    expect(isUuid('917393e3-1b1e-5cef-ace4-edaa54e1f810')).toBe(true);
    expect(isUuid('917393e3-1b1e-0cef-0ce4-edaa54e1f810')).toBe(false);
  });

  it('language tags, slugs, date-times, filled text and option values', () => {
    expect([isLanguageTag('en-us'), isLanguageTag('es-419'), isLanguageTag('en_us')]).toEqual([true, true, false]);
    expect([isSlug('family-dinner'), isSlug('a--b'), isSlug('Family')]).toEqual([true, false, false]);
    expect([
      isDateTime('2026-01-10T10:00:00Z'),
      isDateTime('2026-01-10T10:00:00+02:00'),
      isDateTime('2026-01-10'),
    ]).toEqual([true, true, false]);
    expect([isFilledText('a'), isFilledText(' \n'), isFilledText(undefined)]).toEqual([true, false, false]);
    expect([isOptionValue(personRoles, 'host'), isOptionValue(personRoles, 'pastor')]).toEqual([true, false]);
  });

  it('web addresses: http(s) with a host, no credentials, no surrounding spaces', () => {
    expect(checkUrlScheme('https://familyroommission.org/podcast')).toBe(true);
    expect(checkUrlScheme('https://user:pw@example.org')).toBe('Remove the user name or password from the web address');
    expect(checkUrlScheme(' https://example.org')).toBe('Remove the spaces before or after the web address');
    expect(checkUrlScheme('ftp://example.org')).toBe('Use a web address that starts with https://');
  });
});
