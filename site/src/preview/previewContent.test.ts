import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { createClient, type SanityClient } from '@sanity/client';
import { stegaClean } from '@sanity/client/stega';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const postId = 'post-rebuilding-intimacy-and-trust';
let lake: RunningContentLakeServer;
let client: SanityClient;
let preview: typeof import('./previewContent.ts');

beforeAll(async () => {
  lake = await startContentLakeServer({ exportPath: seedDatasetPath, token: 'sk-test' });
  Object.assign(process.env, {
    SANITY_PROJECT_ID: 'frmtest',
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: 'sk-test',
    SANITY_STUDIO_URL: 'https://studio.example',
  });
  client = createClient({
    projectId: 'frmtest',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
    token: 'sk-test',
  });
  preview = await import('./previewContent.ts');
  preview.setPreviewContentMaxAge(60_000);
}, 60_000);
afterAll(async () => lake?.close());

const title = async (perspective: 'published' | 'drafts') =>
  stegaClean((await preview.previewContent(perspective)).posts.find((p) => p._id === postId)!.title);

describe('previewContent', { timeout: 60_000 }, () => {
  it('published without drafts; drafts with stega; both include scheduled posts', async () => {
    await client.createOrReplace({
      ...(await client.getDocument(postId))!,
      _id: `drafts.${postId}`,
      title: 'Draft one',
    });
    expect(await title('published')).toMatch(/^Rebuilding Intimacy/);
    const drafts = await preview.previewContent('drafts');
    const draft = drafts.posts.find((p) => p._id === postId)!;
    expect(stegaClean(draft.title)).toBe('Draft one');
    expect(draft.title).not.toBe('Draft one');
    expect(draft.slug).toBe('rebuilding-intimacy-and-trust');
    expect(drafts.posts.some((p) => Date.parse(p.publishedAt) > Date.now())).toBe(true);
  });

  it('keeps content until the Content Lake changes, then never serves what it had before', async () => {
    await client.patch(`drafts.${postId}`).set({ title: 'Draft two' }).commit();
    expect(await title('drafts')).toBe('Draft one');
    preview.invalidatePreviewContent();
    expect(await title('drafts')).toBe('Draft two');
  });
});

describe('previewContent with stega', { timeout: 60_000 }, () => {
  it('reports a draft the build would reject, even though stega makes its title non-empty', async () => {
    await client.patch(`drafts.${postId}`).set({ title: '   ' }).commit();
    preview.invalidatePreviewContent();
    await expect(preview.previewContent('drafts')).rejects.toMatchObject({
      name: 'ContentError',
      problems: [{ id: postId, type: 'post', path: 'title', message: 'is empty: fill it in' }],
    });
    await client.patch(`drafts.${postId}`).set({ title: 'Fixed' }).commit();
    preview.invalidatePreviewContent();
    expect(await title('drafts')).toBe('Fixed');
  });
});
