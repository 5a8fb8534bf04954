import { getCollection } from './collections.ts';
import type { Resource } from '@frm/content';
import { resourceKinds } from '@frm/content';
import { resourceOrder } from './resourceOrder.ts';

/** The resources in the order the resources page shows them, and the kinds that have any. */
export async function resourcesInOrder(): Promise<{ resources: Resource[]; kinds: Resource['kind'][] }> {
  const resources = (await getCollection('resources')).map((r) => r.data).sort(resourceOrder);
  const kinds = resourceKinds.map((k) => k.value).filter((kind) => resources.some((r) => r.kind === kind));
  return { resources, kinds };
}
