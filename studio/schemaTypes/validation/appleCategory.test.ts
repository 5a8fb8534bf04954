import podcastCategories from 'podcast-categories';
import { describe, expect, it } from 'vitest';
import {
  categoryNames,
  checkCategory,
  checkSubcategory,
  subcategoryNames,
  subcategoryOptions,
} from './appleCategory.ts';

describe('Apple category list', () => {
  it('comes from the podcast-categories package', () => {
    expect(categoryNames()).toEqual(Object.keys(podcastCategories));
    expect(categoryNames()).toContain('Religion & Spirituality');
    expect(subcategoryNames('Religion & Spirituality')).toContain('Christianity');
    expect(subcategoryNames('constructor')).toEqual([]);
  });

  it('offers each subcategory once, titled with its categories', () => {
    const options = subcategoryOptions();
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(options).toContainEqual({ title: 'Christianity (Religion & Spirituality)', value: 'Christianity' });
    expect(options.find((o) => o.value === 'Automotive')?.title).toBe('Automotive (Games & Hobbies, Leisure)');
  });
});

describe('checkCategory', () => {
  it('accepts Apple categories and empty values', () => {
    expect(checkCategory('Religion & Spirituality')).toBe(true);
    expect(checkCategory('Kids & Family')).toBe(true);
    expect(checkCategory(undefined)).toBe(true);
  });

  it.each(['Religion', 'religion & spirituality', 'hasOwnProperty', 7])('rejects %s', (value) => {
    expect(checkCategory(value)).toBe('Choose a category from the Apple Podcasts list');
  });
});

describe('checkSubcategory', () => {
  it('accepts a subcategory of the chosen category', () => {
    expect(checkSubcategory('Christianity', 'Religion & Spirituality')).toBe(true);
    expect(checkSubcategory('Parenting', 'Kids & Family')).toBe(true);
    expect(checkSubcategory(undefined, 'Religion & Spirituality')).toBe(true);
  });

  it('names the allowed subcategories when one does not belong', () => {
    expect(checkSubcategory('Parenting', 'Religion & Spirituality')).toBe(
      '“Parenting” is not part of “Religion & Spirituality”. Choose one of: Buddhism, Christianity, Hinduism, Islam, Judaism, Religion, Spirituality',
    );
  });

  it('explains categories without subcategories and a missing category', () => {
    expect(checkSubcategory('Politics', 'Government')).toBe('“Government” has no subcategories: leave this empty');
    expect(checkSubcategory('Christianity', undefined)).toBe('Choose the main category first');
    expect(checkSubcategory('Christianity', 'Not a category')).toBe('Choose the main category first');
  });
});
