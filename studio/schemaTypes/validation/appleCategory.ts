import podcastCategories from 'podcast-categories';

/** Apple Podcasts categories, from the `podcast-categories` package (category -> subcategories). */
export const APPLE_CATEGORIES: Readonly<Record<string, Readonly<Record<string, boolean>>>> = podcastCategories;

export const categoryNames = (): string[] => Object.keys(APPLE_CATEGORIES);

export const subcategoryNames = (category: string): string[] =>
  Object.hasOwn(APPLE_CATEGORIES, category) ? Object.keys(APPLE_CATEGORIES[category] ?? {}) : [];

/** Options for the subcategory dropdown: each name once, titled with the categories it belongs to. */
export function subcategoryOptions(): { title: string; value: string }[] {
  const parents = new Map<string, string[]>();
  for (const category of categoryNames()) {
    for (const sub of subcategoryNames(category)) parents.set(sub, [...(parents.get(sub) ?? []), category]);
  }
  return [...parents]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sub, cats]) => ({ title: `${sub} (${cats.join(', ')})`, value: sub }));
}

export function checkCategory(category: unknown): true | string {
  if (category === undefined || category === null || category === '') return true;
  return typeof category === 'string' && Object.hasOwn(APPLE_CATEGORIES, category)
    ? true
    : 'Choose a category from the Apple Podcasts list';
}

export function checkSubcategory(subcategory: unknown, category: unknown): true | string {
  if (subcategory === undefined || subcategory === null || subcategory === '') return true;
  if (typeof category !== 'string' || checkCategory(category) !== true) return 'Choose the main category first';
  const allowed = subcategoryNames(category);
  if (typeof subcategory === 'string' && allowed.includes(subcategory)) return true;
  return allowed.length === 0
    ? `“${category}” has no subcategories: leave this empty`
    : `“${String(subcategory)}” is not part of “${category}”. Choose one of: ${allowed.join(', ')}`;
}
