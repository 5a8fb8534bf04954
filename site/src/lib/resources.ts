import { getCollection } from './collections.ts';
import type { Resource } from '@frm/content';
import { resourceKinds, safeHref } from '@frm/content';
import { resourceOrder } from './resourceOrder.ts';

/** The resources in the order the resources page shows them, and the kinds that have any. */
export async function resourcesInOrder(): Promise<{ resources: Resource[]; kinds: Resource['kind'][] }> {
  const resources = (await getCollection('resources')).map((r) => r.data).sort(resourceOrder);
  const kinds = resourceKinds.map((k) => k.value).filter((kind) => resources.some((r) => r.kind === kind));
  return { resources, kinds };
}

/**
 * Where a resource's button goes (its uploaded file, else its web address; only links the site
 * renders: http(s), mailto, tel) and what it says. Undefined when there is no such link.
 */
export function resourceAction(resource: Resource): { href: string; label: string; external: boolean } | undefined {
  const href = safeHref(resource.file?.url ?? resource.url);
  if (!href) return undefined;
  return {
    href,
    label: resource.callToAction || (resource.file ? 'Download' : 'Learn more'),
    external: /^https?:/.test(href),
  };
}
