import { describe, expect, it } from 'vitest';
import { checkSlugFormat } from './slugFormat.ts';

const slug = (current: unknown) => ({ _type: 'slug', current });

describe('checkSlugFormat', () => {
  it('accepts URL-safe slugs and leaves absence to required()', () => {
    expect(checkSlugFormat(slug('family-dinner-questions'))).toBe(true);
    expect(checkSlugFormat(slug('episode-12'))).toBe(true);
    expect(checkSlugFormat(undefined)).toBe(true);
  });

  it('asks to generate a slug when it is empty', () => {
    expect(checkSlugFormat(slug(''))).toBe('Click “Generate” to create the web address from the title');
    expect(checkSlugFormat({ _type: 'slug' })).toBe('Click “Generate” to create the web address from the title');
  });

  it.each(['Family-Dinner', 'family dinner', 'family--dinner', '-family', 'family-', 'café', 'a/b'])(
    'rejects %s',
    (current) => {
      expect(checkSlugFormat(slug(current))).toBe(
        'Use only lowercase letters, numbers and single hyphens, e.g. family-dinner-questions',
      );
    },
  );

  it('limits the length to 96 characters', () => {
    expect(checkSlugFormat(slug('a'.repeat(96)))).toBe(true);
    expect(checkSlugFormat(slug('a'.repeat(97)))).toBe('Shorten the web address to 96 characters or fewer (now 97)');
  });
});
