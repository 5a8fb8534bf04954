import type { Resource } from '@frm/content';

/** Featured first, then free, then by title: what a visitor should see first (the resources page and its search record). */
export const resourceOrder = (a: Resource, b: Resource) =>
  Number(b.featured) - Number(a.featured) || Number(b.isFree) - Number(a.isFree) || a.title.localeCompare(b.title);
