import { apiError } from './http.ts';
import { isDraftId, isVersionId, publishedIdOf } from './ids.ts';
import type { DocumentStore, StoredDocument } from './store.ts';

type Action = Record<string, unknown>;
type Mutation = Record<string, unknown>;

/**
 * `POST /data/actions/<dataset>` (what Studio 6 sends every edit and publish through): each
 * `sanity.action.document.*` action becomes the mutations the real API performs for it, and the
 * whole request commits as one transaction. The documents an action reads (the draft to publish,
 * the published document an edit starts from) are read before the transaction.
 */
export function actionsToMutations(store: DocumentStore, actions: Action[]): Mutation[] {
  return actions.flatMap((action, index) => toMutations(store, action, index));
}

const ACTION_PREFIX = 'sanity.action.document.';

function toMutations(store: DocumentStore, action: Action, index: number): Mutation[] {
  const type = typeof action.actionType === 'string' ? action.actionType : '';
  const publishedId = stringField(action, 'publishedId');
  switch (type.slice(ACTION_PREFIX.length)) {
    case 'create': {
      const attributes = (action.attributes ?? {}) as Record<string, unknown>;
      const id =
        typeof attributes._id === 'string' ? attributes._id : `drafts.${required(publishedId, index, 'publishedId')}`;
      draftOrVersion(id, index);
      const document = { ...attributes, _id: id };
      return [action.ifExists === 'ignore' ? { createIfNotExists: document } : { create: document }];
    }
    case 'replaceDraft': {
      const attributes = (action.attributes ?? {}) as Record<string, unknown>;
      const id =
        typeof attributes._id === 'string' ? attributes._id : `drafts.${required(publishedId, index, 'publishedId')}`;
      return [{ createOrReplace: { ...attributes, _id: draftOrVersion(id, index) } }];
    }
    case 'edit': {
      // An edit of a published document without a draft starts the draft from the published one.
      const draftId = draftOrVersion(required(stringField(action, 'draftId'), index, 'draftId'), index);
      const base = store.get(draftId) ?? store.get(required(publishedId, index, 'publishedId'));
      if (!base) throw actionError(index, `Cannot edit "${draftId}": neither it nor "${publishedId}" exists`);
      const patch = (action.patch ?? {}) as Record<string, unknown>;
      return [{ createIfNotExists: withoutSystemFields(base, draftId) }, { patch: { ...patch, id: draftId } }];
    }
    case 'publish': {
      const draftId = draftOrVersion(required(stringField(action, 'draftId'), index, 'draftId'), index);
      const target = required(publishedId, index, 'publishedId');
      const draft = store.get(draftId);
      if (!draft) throw actionError(index, `Cannot publish "${draftId}": it does not exist`);
      if (typeof action.ifDraftRevisionId === 'string' && action.ifDraftRevisionId !== draft._rev) {
        throw actionError(
          index,
          `Draft "${draftId}" has revision "${draft._rev}", not "${action.ifDraftRevisionId}"`,
          409,
        );
      }
      const published = store.get(target);
      if (typeof action.ifPublishedRevisionId === 'string' && action.ifPublishedRevisionId !== published?._rev) {
        throw actionError(
          index,
          `Published "${target}" has revision "${published?._rev}", not "${action.ifPublishedRevisionId}"`,
          409,
        );
      }
      return [{ createOrReplace: withoutSystemFields(draft, target) }, { delete: { id: draftId } }];
    }
    case 'unpublish': {
      // The published document goes; a draft keeps its content (made from it when there is none).
      const draftId = draftOrVersion(required(stringField(action, 'draftId'), index, 'draftId'), index);
      const published = store.get(required(publishedId, index, 'publishedId'));
      if (!published) throw actionError(index, `Cannot unpublish "${publishedId}": it is not published`);
      return [{ createIfNotExists: withoutSystemFields(published, draftId) }, { delete: { id: published._id } }];
    }
    case 'discard': {
      const draftId = draftOrVersion(required(stringField(action, 'draftId'), index, 'draftId'), index);
      if (!store.get(draftId)) throw actionError(index, `Cannot discard "${draftId}": it does not exist`);
      return [{ delete: { id: draftId } }];
    }
    case 'version.discard': {
      const versionId = draftOrVersion(required(stringField(action, 'versionId'), index, 'versionId'), index);
      return [{ delete: { id: versionId } }];
    }
    case 'delete': {
      const target = required(publishedId, index, 'publishedId');
      const drafts = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.filter((id): id is string => typeof id === 'string')
        : [];
      return [target, ...drafts].map((id) => ({ delete: { id } }));
    }
    default:
      throw actionError(
        index,
        `Unsupported actionType "${type}" (the stand-in knows create, replaceDraft, edit, publish, unpublish, discard, version.discard, delete)`,
      );
  }
}

const stringField = (action: Action, name: string) =>
  typeof action[name] === 'string' ? (action[name] as string) : undefined;

function required(value: string | undefined, index: number, name: string): string {
  if (!value) throw actionError(index, `Action ${index} needs "${name}"`);
  return value;
}

function draftOrVersion(id: string, index: number): string {
  if (!isDraftId(id) && !isVersionId(id))
    throw actionError(index, `"${id}" is not a draft or version id (drafts.<id> or versions.<release>.<id>)`);
  if (publishedIdOf(id) === '') throw actionError(index, `"${id}" names no document`);
  return id;
}

/** A copy of a document under another id, as the API writes it (it sets _rev and the timestamps itself). */
function withoutSystemFields(document: StoredDocument, id: string): Record<string, unknown> {
  const { _rev, _updatedAt, ...fields } = document;
  return { ...fields, _id: id };
}

function actionError(index: number, description: string, status = 400) {
  return apiError(status, 'actionError', description, {
    items: [{ error: { type: 'actionError', description }, index }],
  });
}
