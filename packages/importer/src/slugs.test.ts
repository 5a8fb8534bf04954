import { describe, expect, it } from 'vitest';
import { SlugAllocator, slugify } from './slugs.ts';

describe('slugify', () => {
  it('makes URL-safe slugs', () => {
    expect(slugify('Grandparents ’Round the Table')).toBe('grandparents-round-the-table');
    expect(slugify('Kids & Screens: Part 2!')).toBe('kids-and-screens-part-2');
    expect(slugify('Café für Familien')).toBe('cafe-fur-familien');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long titles at a word', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('SlugAllocator', () => {
  it('numbers repeated titles and avoids taken slugs', () => {
    const slugs = new SlugAllocator(['welcome']);
    expect(slugs.allocate('Welcome', 'g1')).toBe('welcome-2');
    expect(slugs.allocate('Welcome', 'g2')).toBe('welcome-3');
    expect(slugs.allocate('', 'Buzzsprout-1')).toBe('buzzsprout-1');
    expect(slugs.allocate('', '')).toBe('untitled');
  });
});
