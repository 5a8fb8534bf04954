import { describe, expect, it } from 'vitest';
import { appleCategoryProblem, isAppleCategory, isAppleSubcategory } from './appleCategories.ts';

describe('Apple categories', () => {
  it("accepts categories and subcategories from Apple's list", () => {
    expect(isAppleCategory('Religion & Spirituality')).toBe(true);
    expect(isAppleSubcategory('Religion & Spirituality', 'Christianity')).toBe(true);
    expect(isAppleSubcategory('Kids & Family', 'Parenting')).toBe(true);
    expect(appleCategoryProblem('Kids & Family', 'Parenting')).toBeUndefined();
    expect(appleCategoryProblem('Comedy', null)).toBeUndefined();
  });

  it('rejects unknown names, subcategories of another category and prototype keys', () => {
    expect(isAppleCategory('Family')).toBe(false);
    expect(isAppleCategory('toString')).toBe(false);
    expect(isAppleSubcategory('Comedy', 'Christianity')).toBe(false);
    expect(isAppleSubcategory('Comedy', 'constructor')).toBe(false);
    expect(appleCategoryProblem('Faith', 'Christianity')).toEqual({
      field: 'category',
      message: expect.stringContaining('"Faith" is not an Apple Podcasts category'),
    });
    expect(appleCategoryProblem('Comedy', 'Christianity')).toEqual({
      field: 'subcategory',
      message: expect.stringContaining('Stand-Up'),
    });
  });
});
