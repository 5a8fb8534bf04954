import appleCategories from 'podcast-categories';
import type { FeedCategory } from '../feed/parseFeed.ts';

export interface CategoryValue {
  _type: 'podcastCategory';
  category: string;
  subcategory?: string;
}

/** Apple renamed a few categories in 2019; old feeds still carry the old names. */
const RENAMED: Record<string, string> = {
  'Games & Hobbies': 'Leisure',
  'Society and Culture': 'Society & Culture',
  'Religion and Spirituality': 'Religion & Spirituality',
  'Kids and Family': 'Kids & Family',
  Health: 'Health & Fitness',
  'Science & Medicine': 'Science',
};

const findName = (names: string[], wanted: string) =>
  names.find((name) => name.toLowerCase() === wanted.trim().toLowerCase());

/**
 * Feed categories -> the studio's Apple Podcasts categories (at most three, no duplicates).
 * Names are matched without regard to case; unknown names are returned in `rejected`.
 */
export function mapCategories(categories: FeedCategory[]): { values: CategoryValue[]; rejected: string[] } {
  const values: CategoryValue[] = [];
  const rejected: string[] = [];
  const names = Object.keys(appleCategories);
  for (const { category, subcategory } of categories) {
    const name = findName(names, RENAMED[category] ?? category);
    if (!name) {
      rejected.push(subcategory ? `${category} › ${subcategory}` : category);
      continue;
    }
    let sub: string | undefined;
    if (subcategory) {
      sub = findName(Object.keys(appleCategories[name] ?? {}), subcategory);
      if (!sub) rejected.push(`${category} › ${subcategory}`);
    }
    const value: CategoryValue = { _type: 'podcastCategory', category: name, ...(sub ? { subcategory: sub } : {}) };
    // A subcategory replaces its bare main category; a repeated pair is kept once.
    const bare = values.findIndex((v) => v.category === name && v.subcategory === undefined);
    if (sub && bare >= 0) values.splice(bare, 1);
    if (values.some((v) => v.category === name && (v.subcategory === sub || sub === undefined))) continue;
    values.push(value);
  }
  if (values.length > 3)
    rejected.push(
      ...values.splice(3).map((v) => `${v.category}${v.subcategory ? ` › ${v.subcategory}` : ''} (Apple allows three)`),
    );
  return { values, rejected };
}
