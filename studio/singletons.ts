import type { DocumentActionComponent, DocumentActionsContext, TemplateItem } from 'sanity';
import { SINGLETON_TYPES } from './schemaTypes/index.ts';

/** Built-in actions that would create a second copy or remove the one document. */
const BLOCKED_SINGLETON_ACTIONS = new Set(['delete', 'duplicate', 'unpublish']);

/** Singletons can be published and have changes discarded, but not deleted, duplicated or unpublished. */
export function resolveDocumentActions(prev: DocumentActionComponent[], context: Pick<DocumentActionsContext, 'schemaType'>) {
  if (!SINGLETON_TYPES.has(context.schemaType)) return prev;
  return prev.filter((action) => !(action.action && BLOCKED_SINGLETON_ACTIONS.has(action.action)));
}

/** Singletons never appear in any “Create new document” menu. */
export function resolveNewDocumentOptions(prev: TemplateItem[]) {
  return prev.filter((item) => !SINGLETON_TYPES.has(item.templateId));
}
