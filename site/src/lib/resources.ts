import { getCollection } from 'astro:content';
import type { Resource } from '@frm/content';
import { resourceKinds } from '@frm/content';

/** Featured first, then free, then by title: what a visitor should see first. */
const order = (a: Resource, b: Resource) => Number(b.featured) - Number(a.featured) || Number(b.isFree) - Number(a.isFree) || a.title.localeCompare(b.title);

export async function resourcesInOrder(): Promise<{ resources: Resource[]; kinds: Resource['kind'][] }> {
  const resources = (await getCollection('resources')).map((r) => r.data).sort(order);
  const kinds = resourceKinds.map((k) => k.value).filter((kind) => resources.some((r) => r.kind === kind));
  return { resources, kinds };
}
