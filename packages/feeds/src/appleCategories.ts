// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- packages that compile this file (bench, studio) need the module declaration it carries
/// <reference path="./types/podcast-categories.d.ts" />
import categories from 'podcast-categories';

/*
 * Apple Podcasts' category list (npm podcast-categories, which mirrors Apple's published list).
 * A category outside it makes Apple reject the feed.
 */

export function isAppleCategory(category: string): boolean {
  return Object.hasOwn(categories, category);
}

export function isAppleSubcategory(category: string, subcategory: string): boolean {
  const subcategories = Object.hasOwn(categories, category) ? categories[category] : undefined;
  return (
    subcategories !== undefined && Object.hasOwn(subcategories, subcategory) && subcategories[subcategory] === true
  );
}

/** What is wrong with a category/subcategory pair, or undefined when Apple accepts it. */
export function appleCategoryProblem(
  category: string,
  subcategory: string | null | undefined,
): { field: 'category' | 'subcategory'; message: string } | undefined {
  if (!isAppleCategory(category))
    return {
      field: 'category',
      message: `"${category}" is not an Apple Podcasts category: choose one from Apple's list`,
    };
  if (subcategory && !isAppleSubcategory(category, subcategory)) {
    return {
      field: 'subcategory',
      message: `"${subcategory}" is not an Apple Podcasts subcategory of "${category}": choose one of ${Object.keys(categories[category] ?? {}).join(', ') || 'none (leave it empty)'}`,
    };
  }
  return undefined;
}
