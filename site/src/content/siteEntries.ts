import { contentRegistry, type SiteCollection, type SiteContent } from '@frm/content';

/**
 * A collection's entries as the build's content store and the preview's collections both hold
 * them: one per document by its slug (the page it makes), a singleton by its document id.
 */
export function siteEntries(
  name: SiteCollection,
  content: SiteContent,
): Array<{ id: string; data: Record<string, unknown> }> {
  const entry = contentRegistry[name];
  if ('singletonId' in entry) return [{ id: entry.singletonId, data: content[name] as Record<string, unknown> }];
  return (content[name] as Array<{ slug: string }>).map((data) => ({ id: data.slug, data }));
}
