import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteContent } from '@frm/content';

/** What one preview request renders: the content of its perspective, loaded by the middleware. */
export interface RequestScope {
  content: SiteContent;
  draftMode: boolean;
}

const scope = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(value: RequestScope, render: () => T): T => scope.run(value, render);

export function requestScope(): RequestScope {
  const current = scope.getStore();
  if (!current) throw new Error('Preview content was read outside a request (the preview middleware loads it)');
  return current;
}
