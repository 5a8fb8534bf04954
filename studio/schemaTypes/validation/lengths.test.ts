import { describe, expect, it } from 'vitest';
import { checkMaxLength, checkPresent } from './lengths.ts';

describe('checkMaxLength', () => {
  it('accepts text up to the limit and non-text values', () => {
    expect(checkMaxLength('a'.repeat(60), 60, 'so search engines show all of it')).toBe(true);
    expect(checkMaxLength(undefined, 60, 'x')).toBe(true);
  });

  it('explains the limit, the reason and the current length', () => {
    expect(checkMaxLength('a'.repeat(61), 60, 'so search engines show all of it')).toBe(
      'Keep this to 60 characters or fewer so search engines show all of it (now 61)',
    );
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(checkMaxLength('🙏'.repeat(3), 3, 'x')).toBe(true);
    expect(checkMaxLength('🙏'.repeat(4), 3, 'x')).toBe('Keep this to 3 characters or fewer x (now 4)');
  });
});

describe('checkPresent', () => {
  it('returns the message for missing or blank text', () => {
    expect(checkPresent(undefined, 'Add a summary')).toBe('Add a summary');
    expect(checkPresent(' \n', 'Add a summary')).toBe('Add a summary');
  });

  it('accepts filled text', () => {
    expect(checkPresent('A short summary.', 'Add a summary')).toBe(true);
  });
});
