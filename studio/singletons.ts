import type { DocumentActionComponent, DocumentActionsContext, TemplateItem } from 'sanity';
import { OpenOnSiteAction } from './actions/openOnSite.ts';
import { withPublishWording } from './actions/publishWithDate.ts';
import { SINGLETON_TYPES, SYSTEM_TYPES } from './schemaTypes/index.ts';
import { SITE_PAGE_TYPES } from '@frm/content/urls';

/** Built-in actions that would create a second copy or remove the one document. */
const BLOCKED_SINGLETON_ACTIONS = new Set(['delete', 'duplicate', 'unpublish']);
const SITE_TYPES: ReadonlySet<string> = new Set(SITE_PAGE_TYPES);

/**
 * Singletons can be published and have changes discarded, but not deleted, duplicated or unpublished.
 * Publish says what it will do ("Schedule for …" or "Publish now") and refuses unread typed text.
 * Documents with a page on the site get “Open on site” at the end of the action menu.
 */
export function resolveDocumentActions(
  prev: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
) {
  if (SYSTEM_TYPES.has(context.schemaType)) return [];
  const actions = (
    SINGLETON_TYPES.has(context.schemaType)
      ? prev.filter((action) => !(action.action && BLOCKED_SINGLETON_ACTIONS.has(action.action)))
      : prev
  ).map((action) => (action.action === 'publish' ? withPublishWording(action) : action));
  return SITE_TYPES.has(context.schemaType) ? [...actions, OpenOnSiteAction] : actions;
}

/** Singletons never appear in any “Create new document” menu. */
export function resolveNewDocumentOptions(prev: TemplateItem[]) {
  return prev.filter((item) => !SINGLETON_TYPES.has(item.templateId) && !SYSTEM_TYPES.has(item.templateId));
}
