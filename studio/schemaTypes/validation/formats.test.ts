import { describe, expect, it } from 'vitest';
import { checkEmail, checkLanguageTag, checkUuid } from './formats.ts';

describe('checkEmail', () => {
  it('accepts email addresses and empty values', () => {
    expect(checkEmail('podcast@familyroommission.org')).toBe(true);
    expect(checkEmail(undefined)).toBe(true);
  });

  it.each(['podcast', 'podcast@', 'pod cast@example.org', 'a@b', 'name@example.c', '!@a.aa'])(
    'rejects %s (what the build rejects)',
    (value) => {
      expect(checkEmail(value)).toBe('Use an email address like name@example.org');
    },
  );
});

describe('checkLanguageTag', () => {
  it.each(['en', 'en-us', 'pt-BR', 'es-419'])('accepts %s', (value) => {
    expect(checkLanguageTag(value)).toBe(true);
  });

  it.each(['english', 'en_us', 'e', 'en-'])('rejects %s', (value) => {
    expect(checkLanguageTag(value)).toBe('Use a language code like en-us (English, United States)');
  });
});

describe('checkUuid', () => {
  it('accepts a UUID and an empty value', () => {
    expect(checkUuid('917393e3-1b1e-5cef-ace4-edaa54e1f810')).toBe(true);
    expect(checkUuid('')).toBe(true);
  });

  it.each(['917393e3-1b1e-5cef-ace4', '917393e3-1b1e-0cef-0ce4-edaa54e1f810', 'a0a00a00-0000-a00a-a00a-aaaa0aaaa0a0'])(
    'rejects %s: not a UUID (no valid version and variant), as the build says',
    (value) => {
      expect(checkUuid(value)).toBe(
        'Use a GUID like 917393e3-1b1e-5cef-ace4-edaa54e1f810 (copied from the previous host), or leave this empty',
      );
    },
  );
});
