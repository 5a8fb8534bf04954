import { describe, expect, it } from 'vitest';
import { checkAnalyticsPrefix, withAnalyticsPrefix } from './analyticsPrefix.ts';

describe('checkAnalyticsPrefix', () => {
  it('accepts the prefixes of OP3, Podtrac and Blubrry, and empty', () => {
    for (const prefix of [
      'https://op3.dev/e/',
      'https://dts.podtrac.com/redirect.mp3/',
      'https://media.blubrry.com/familyroom/',
      '',
      null,
      undefined,
    ]) {
      expect(checkAnalyticsPrefix(prefix)).toBe(true);
    }
  });

  it('rejects http, a missing final slash, queries, spaces and other text', () => {
    for (const prefix of [
      'http://op3.dev/e/',
      'https://op3.dev/e',
      'https://op3.dev/e/?x=1',
      ' https://op3.dev/e/',
      'op3.dev/e/',
      'javascript:alert(1)/',
      42,
    ]) {
      expect(checkAnalyticsPrefix(prefix)).toMatch(/starting with https:\/\//);
    }
  });
});

describe('withAnalyticsPrefix', () => {
  it('puts the prefix before the address without its scheme, and leaves it alone without a prefix', () => {
    expect(withAnalyticsPrefix('https://example.org/a.mp3', 'https://op3.dev/e/')).toBe(
      'https://op3.dev/e/example.org/a.mp3',
    );
    expect(withAnalyticsPrefix('http://example.org/a.mp3', 'https://dts.podtrac.com/redirect.mp3/')).toBe(
      'https://dts.podtrac.com/redirect.mp3/example.org/a.mp3',
    );
    expect(withAnalyticsPrefix('https://example.org/a.mp3', null)).toBe('https://example.org/a.mp3');
    expect(withAnalyticsPrefix('https://example.org/a.mp3', '')).toBe('https://example.org/a.mp3');
  });
});
