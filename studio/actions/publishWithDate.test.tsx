// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ThemeProvider, studioTheme } from '@sanity/ui';
import { ToastProvider } from '@sanity/ui/toast';
import {
  type DocumentActionComponent,
  type DocumentActionProps,
  ParseErrorsProvider,
  SourceProvider,
  type Workspace,
  WorkspaceProvider,
  useReportParseError,
} from 'sanity';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestWorkspace } from '../test/testWorkspace.ts';
import { withPublishWording } from './publishWithDate.ts';

/** Sanity's document operations, as the wrapper uses them: the patch is recorded, in order with publishing. */
const operations = vi.hoisted(() => ({ calls: [] as unknown[] }));
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useDocumentOperation: () => ({ patch: { execute: (patches: unknown) => operations.calls.push({ patch: patches }) } }),
}));

let workspace: Workspace;
beforeAll(async () => {
  // jsdom has no matchMedia; Sanity UI's toasts ask it for reduced motion.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as never;
  ({ workspace } = await createTestWorkspace());
}, 60_000);
afterEach(cleanup);

/** Stands in for Sanity's publish action when it is ready to publish. */
const publish = vi.fn(() => operations.calls.push('publish'));
const SanityPublish: DocumentActionComponent = () => ({ label: 'Publish', onHandle: publish });
SanityPublish.action = 'publish';

/** A field holding text its input could not read, as Sanity's date input reports it. */
function UnreadDate({ text }: { text: string | null }) {
  useReportParseError(['publishedAt'], text && `Invalid date. Must be in the format "YYYY-MM-DD HH:mm"`);
  return null;
}

function ActionButton(props: DocumentActionProps) {
  const Action = withPublishWording(SanityPublish);
  const description = Action(props);
  return description ? (
    <button
      type="button"
      title={typeof description.title === 'string' ? description.title : undefined}
      onClick={() => description.onHandle?.()}
    >
      {description.label}
    </button>
  ) : null;
}

function renderAction(
  draft: Record<string, unknown>,
  unread: string | null = null,
  type = 'post',
  published: Record<string, unknown> | null = null,
) {
  const props = {
    id: 'post-1',
    type,
    draft: { _id: 'drafts.post-1', _type: type, ...draft },
    published: published && { _id: 'post-1', _type: type, ...published },
    version: null,
  } as unknown as DocumentActionProps;
  return render(
    <ThemeProvider theme={studioTheme}>
      <ToastProvider>
        <WorkspaceProvider workspace={workspace}>
          <SourceProvider source={workspace.unstable_sources[0]!}>
            <ParseErrorsProvider>
              <UnreadDate text={unread} />
              <ActionButton {...props} />
            </ParseErrorsProvider>
          </SourceProvider>
        </WorkspaceProvider>
      </ToastProvider>
    </ThemeProvider>,
  );
}

describe('publish action with the date in words', () => {
  it('is registered for posts and episodes in place of Sanity’s publish', () => {
    const actions = workspace.document.actions({
      schemaType: 'post',
      documentId: 'post-1',
      versionType: 'draft',
    } as never);
    expect(actions.find((action) => action.action === 'publish')?.displayName).toBe('PublishWithDateAction');
  });

  it('offers to schedule a post dated in the future', () => {
    renderAction({ publishedAt: '2099-12-25T10:00:00.000Z' });
    expect(screen.getByRole('button').textContent).toMatch(/^Schedule for 25 December 2099, \d\d:00$/);
    fireEvent.click(screen.getByRole('button'));
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('publishes now a post dated today or earlier', () => {
    renderAction({ publishedAt: '2020-01-01T10:00:00.000Z' }, null, 'podcastEpisode');
    expect(screen.getByRole('button').textContent).toBe('Publish now');
  });

  it('leaves documents without a publish date as Sanity has them', () => {
    renderAction({}, null, 'person');
    expect(screen.getByRole('button').textContent).toBe('Publish');
  });

  it('refuses to publish while the publish date holds unread text, naming the field', async () => {
    publish.mockClear();
    renderAction({ publishedAt: '2020-01-01T10:00:00.000Z' }, 'next Friday');
    const button = await screen.findByTitle(/^Not published: “Publish date” holds text the Studio could not read/);
    await act(async () => fireEvent.click(button));
    expect(publish).not.toHaveBeenCalled();
    expect((await screen.findByText('Not published')).textContent).toBe('Not published');
    expect(screen.getAllByText(/“Publish date” holds text the Studio could not read/).length).toBeGreaterThan(0);
  });
});

describe('publishing a page at a new web address', () => {
  const slug = (current: string) => ({ _type: 'slug', current });
  const publishedPost = { publishedAt: '2020-01-01T10:00:00.000Z', slug: slug('old-address') };

  it('keeps the published address in Old addresses, then publishes', async () => {
    operations.calls = [];
    renderAction({ ...publishedPost, slug: slug('new-address') }, null, 'post', publishedPost);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    expect(operations.calls).toEqual([{ patch: [{ set: { previousPaths: ['/blog/old-address/'] } }] }, 'publish']);
  });

  it('drops the address the editor moved back to', async () => {
    operations.calls = [];
    const moved = { ...publishedPost, slug: slug('new-address'), previousPaths: ['/blog/old-address/'] };
    renderAction({ ...moved, slug: slug('old-address') }, null, 'post', moved);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    expect(operations.calls).toEqual([{ patch: [{ set: { previousPaths: ['/blog/new-address/'] } }] }, 'publish']);
  });

  it('only publishes when the address stays, and on the first publish', async () => {
    operations.calls = [];
    renderAction({ ...publishedPost, title: 'A new title' }, null, 'post', publishedPost);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    cleanup();
    renderAction({ ...publishedPost, slug: slug('new-address') });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publish now' })));
    expect(operations.calls).toEqual(['publish', 'publish']);
  });

  it('changes nothing when publishing is refused', async () => {
    operations.calls = [];
    renderAction({ ...publishedPost, slug: slug('new-address') }, 'next Friday', 'post', publishedPost);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(operations.calls).toEqual([]);
  });
});
