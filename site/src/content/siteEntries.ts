import { contentRegistry, type SiteCollection, type SiteContent } from '@frm/content';

/**
 * A collection's entries as the build's content store and the preview's collections both hold
 * them: one per document by its slug (the page it makes), a singleton or a redirect by its document id.
 */
export function siteEntries(
  name: SiteCollection,
  content: SiteContent,
): Array<{ id: string; data: Record<string, unknown> }> {
  const entry = contentRegistry[name];
  if ('singletonId' in entry) return [{ id: entry.singletonId, data: content[name] as Record<string, unknown> }];
  // Redirects have no page, so no slug: their id is the document's.
  return (content[name] as Array<{ _id: string; slug?: string }>).map((data) => ({ id: data.slug ?? data._id, data }));
}
