import { describe, expect, it } from 'vitest';
import { proseFields, stegaFilter } from './stegaFields.ts';

type FilterProps = Parameters<typeof stegaFilter>[0];
const marked = (...sourcePath: Array<string | number>) =>
  stegaFilter({ sourcePath, filterDefault: () => true } as unknown as FilterProps);

describe('stega fields, derived from the models', () => {
  it('mark the prose editors write and pages print, wherever it sits in a document', () => {
    expect(marked('title')).toBe(true);
    expect(marked('summary')).toBe(true);
    expect(marked('body', 3, 'children', 0, 'text')).toBe(true);
    expect(marked('showNotes', 0, 'children', 1, 'text')).toBe(true);
    expect(marked('mainImage', 'alt')).toBe(true);
    expect(marked('chapters', 2, 'title')).toBe(true);
    expect(marked('newsletter', 'buttonLabel')).toBe(true);
  });

  it('leave slugs, URLs, codes, dates and feed-only text clean', () => {
    for (const path of [
      ['slug', 'current'],
      ['publishedAt'],
      ['url'],
      ['language'],
      ['guid'],
      ['ownerEmail'],
      ['transcript', 'language'],
      ['navigation', 0, 'href'],
      ['soundbites', 0, 'title'],
      ['alternateEnclosures', 1, 'title'],
      ['body', 0, 'markDefs', 0, 'href'],
    ])
      expect(marked(...path), path.join('.')).toBe(false);
  });

  it('still defer to the client’s own default (it never marks what looks like a URL or a date)', () => {
    expect(stegaFilter({ sourcePath: ['title'], filterDefault: () => false } as unknown as FilterProps)).toBe(false);
  });

  it('come from every content type of the registry', () => {
    for (const path of [
      'bio',
      'excerpt',
      'callToAction',
      'footerText',
      'description',
      'funding.label',
      'subscribeLinks.label',
    ])
      expect(proseFields, path).toContain(path);
  });
});
