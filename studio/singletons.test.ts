// @vitest-environment jsdom
import type { DocumentActionComponent, DocumentActionsContext, Workspace } from 'sanity';
import { beforeAll, describe, expect, it } from 'vitest';
import { OpenOnSiteAction } from './actions/openOnSite.ts';
import { withPublishWording } from './actions/publishWithDate.ts';
import { resolveDocumentActions, resolveNewDocumentOptions } from './singletons.ts';
import { createTestWorkspace } from './test/testWorkspace.ts';

let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace());
});

const actionKeys = (schemaType: string, documentId: string) =>
  workspace.document
    .actions({
      schemaType,
      documentId,
      releaseId: undefined,
      versionType: 'draft',
    } as Partial<DocumentActionsContext> as DocumentActionsContext)
    .map((action) => action.action);

describe('singleton documents (podcast, siteSettings)', () => {
  it.each(['podcast', 'siteSettings'])(
    '%s cannot be deleted, duplicated or unpublished but can be published',
    (type) => {
      const keys = actionKeys(type, type);
      expect(keys).toContain('publish');
      expect(keys).toContain('discardChanges');
      expect(keys).not.toContain('delete');
      expect(keys).not.toContain('duplicate');
      expect(keys).not.toContain('unpublish');
    },
  );

  it('other documents keep delete and duplicate', () => {
    const keys = actionKeys('post', 'post-1');
    expect(keys).toEqual(expect.arrayContaining(['publish', 'delete', 'duplicate', 'unpublish']));
  });

  it.each(['post', 'podcastEpisode', 'page', 'resource', 'podcast', 'siteSettings'])(
    '%s has “Open on site” as its last action',
    (type) => {
      expect(actionKeys(type, `${type}-1`).at(-1)).toBe('openOnSite');
    },
  );

  it('are left out of every “new document” menu', () => {
    const templateIds = (context: Parameters<Workspace['document']['resolveNewDocumentOptions']>[0]) =>
      workspace.document.resolveNewDocumentOptions(context).map((item) => item.templateId);
    expect(templateIds({ type: 'global' }).sort()).toEqual([
      'page',
      'person',
      'podcastEpisode',
      'post',
      'redirect',
      'resource',
      'topic',
    ]);
    // The structure tool offers only the pane's own type; for a singleton pane that is nothing.
    expect(templateIds({ type: 'structure', schemaType: 'podcast' })).toEqual([]);
    expect(templateIds({ type: 'structure', schemaType: 'siteSettings' })).toEqual([]);
    expect(templateIds({ type: 'structure', schemaType: 'post' })).toEqual(['post']);
  });

  it('keep their templates so initial values (e.g. language en-us) apply when first opened', () => {
    expect(workspace.templates.map((t) => t.id)).toEqual(expect.arrayContaining(['podcast', 'siteSettings']));
  });
});

describe('resolvers', () => {
  const action = (key: string) => Object.assign(() => null, { action: key }) as unknown as DocumentActionComponent;
  const custom = (() => null) as unknown as DocumentActionComponent;

  it('filter only built-in destructive actions for singletons, and add “Open on site” last', () => {
    const prev = [
      action('publish'),
      action('delete'),
      action('duplicate'),
      action('unpublish'),
      action('discardChanges'),
      custom,
    ];
    const publish = withPublishWording(prev[0]!);
    expect(resolveDocumentActions(prev, { schemaType: 'podcast' })).toEqual([
      publish,
      prev[4],
      custom,
      OpenOnSiteAction,
    ]);
    expect(resolveDocumentActions(prev, { schemaType: 'post' })).toEqual([publish, ...prev.slice(1), OpenOnSiteAction]);
  });

  it('leave types without a site page alone, but for the publish wording', () => {
    const prev = [action('publish'), action('delete')];
    expect(resolveDocumentActions(prev, { schemaType: 'somethingElse' })).toEqual([
      withPublishWording(prev[0]!),
      prev[1],
    ]);
  });

  it('wrap the publish action once, so the Studio sees the same component on every render', () => {
    const publish = action('publish');
    expect(resolveDocumentActions([publish], { schemaType: 'post' })[0]).toBe(
      resolveDocumentActions([publish], { schemaType: 'post' })[0],
    );
    expect([withPublishWording(publish).action, withPublishWording(publish).displayName]).toEqual([
      'publish',
      'PublishWithDateAction',
    ]);
  });

  it('drop singleton templates from new-document options', () => {
    const prev = [{ templateId: 'post' }, { templateId: 'podcast' }, { templateId: 'siteSettings' }];
    expect(resolveNewDocumentOptions(prev)).toEqual([{ templateId: 'post' }]);
  });
});

describe('site status (written by the deploy workflow)', () => {
  it('has no actions and no “new document” entry, so editors only read it', () => {
    expect(actionKeys('siteStatus', 'siteStatus')).toEqual([]);
    expect(
      workspace.document.resolveNewDocumentOptions({ type: 'global' }).map((item) => item.templateId),
    ).not.toContain('siteStatus');
  });
});
