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
  stegaClean((await preview.previewContent(perspective)).content.posts.find((p) => p._id === postId)!.title);

describe('previewContent', { timeout: 60_000 }, () => {
  it('published without drafts; drafts with stega; both include scheduled posts', async () => {
    await client.createOrReplace({
      ...(await client.getDocument(postId))!,
      _id: `drafts.${postId}`,
      title: 'Draft one',
    });
    expect(await title('published')).toMatch(/^Rebuilding Intimacy/);
    const drafts = (await preview.previewContent('drafts')).content;
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

describe('previewContent with a draft the build would reject', { timeout: 60_000 }, () => {
  const problem = { id: postId, type: 'post', path: 'title', message: 'is empty: fill it in' };

  it('leaves that draft out (its published version in its place), even though stega makes its title non-empty', async () => {
    await client.patch(`drafts.${postId}`).set({ title: '   ' }).commit();
    preview.invalidatePreviewContent();
    const drafts = await preview.previewContent('drafts');
    expect(drafts.withheldProblems).toEqual([problem]);
    expect(drafts.withheld.get('/blog/rebuilding-intimacy-and-trust/')).toEqual([problem]);
    expect(stegaClean(drafts.content.posts.find((p) => p._id === postId)!.title)).toMatch(/^Rebuilding Intimacy/);
    // Summaries of the post inside other documents are the published ones too.
    const related = drafts.content.episodes.flatMap((e) => e.relatedPosts).filter((p) => p._id === postId);
    expect(related).toHaveLength(1);
    for (const summary of related) expect(stegaClean(summary.title)).toMatch(/^Rebuilding Intimacy/);

    await client.patch(`drafts.${postId}`).set({ title: 'Fixed' }).commit();
    preview.invalidatePreviewContent();
    expect(await title('drafts')).toBe('Fixed');
    expect((await preview.previewContent('drafts')).withheldProblems).toEqual([]);
  });

  it("shows a left-out resource's report on its own page, whose address holds its kind", async () => {
    const resourceId = 'resource-gods-design-for-families-ebook';
    const draft = { ...(await client.getDocument(resourceId))!, _id: `drafts.${resourceId}`, title: ' ' };
    await client.createOrReplace(draft);
    preview.invalidatePreviewContent();
    try {
      const drafts = await preview.previewContent('drafts');
      expect(drafts.withheld.get('/resources/ebook/gods-design-for-families-ebook/')?.map((p) => p.id)).toEqual([
        resourceId,
      ]);
    } finally {
      await client.delete(draft._id);
      preview.invalidatePreviewContent();
    }
  });

  it('leaves out a new document that has no web address yet, which has no page to show it on', async () => {
    await client.create({ _id: 'drafts.post-half-made', _type: 'post', title: 'Half made' });
    preview.invalidatePreviewContent();
    const drafts = await preview.previewContent('drafts');
    expect(drafts.withheldProblems.map((p) => p.id)).toEqual(expect.arrayContaining(['post-half-made']));
    expect([...drafts.withheld.keys()]).toEqual([]);
    expect(drafts.content.posts.some((p) => p._id === 'post-half-made')).toBe(false);
    await client.delete('drafts.post-half-made');
  });

  it('still reports everything when the published content is rejected too', async () => {
    const published = (await client.getDocument(postId))!;
    await client.createOrReplace({ ...published, title: '' });
    await client.patch(`drafts.${postId}`).set({ title: '   ' }).commit();
    preview.invalidatePreviewContent();
    await expect(preview.previewContent('drafts')).rejects.toMatchObject({ name: 'ContentError', problems: [problem] });
    await client.createOrReplace(published);
    await client.delete(`drafts.${postId}`);
    preview.invalidatePreviewContent();
  });
});
