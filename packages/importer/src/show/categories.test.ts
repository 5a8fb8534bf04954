import { describe, expect, it } from 'vitest';
import { mapCategories } from './categories.ts';

describe('mapCategories', () => {
  it('keeps Apple categories, renames old ones and rejects unknown ones', () => {
    const { values, rejected } = mapCategories([
      { category: 'Religion & Spirituality', subcategory: 'Christianity' },
      { category: 'kids & family', subcategory: null },
      { category: 'Games & Hobbies', subcategory: null },
      { category: 'Made Up', subcategory: null },
      { category: 'Religion & Spirituality', subcategory: 'Christianity' },
    ]);
    expect(values).toEqual([
      { _type: 'podcastCategory', category: 'Religion & Spirituality', subcategory: 'Christianity' },
      { _type: 'podcastCategory', category: 'Kids & Family' },
      { _type: 'podcastCategory', category: 'Leisure' },
    ]);
    expect(rejected).toEqual(['Made Up']);
  });
});
