import { createClient, type SanityClient } from '@sanity/client';
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret';
import type { Page } from '@playwright/test';
import { lakeUrl, previewStack } from './previewStackConfig.ts';

/** The stand-in, through the real client (writes go through its mutation endpoint). */
export const lake: SanityClient = createClient({
  projectId: previewStack.projectId,
  dataset: 'production',
  apiVersion: '2025-02-19',
  apiHost: lakeUrl,
  useProjectHostname: false,
  useCdn: false,
  token: previewStack.token,
});

export const post = { id: 'post-rebuilding-intimacy-and-trust', path: '/blog/rebuilding-intimacy-and-trust/' } as const;
export const scheduledPost = { path: '/blog/a-letter-to-our-future-grandchildren/' } as const;

/** Stega characters (what @vercel/stega encodes with) in the ranges the issue names. */
export const STEGA = /[\u200B-\u200D\u2060-\u2064\uFEFF]/;

/** A draft of the test post with this title (the published post stays as it is). */
export async function writeDraftTitle(title: string): Promise<void> {
  const published = await lake.withConfig({ perspective: 'raw' }).getDocument(post.id);
  if (!published) throw new Error(`${post.id} is missing from the stand-in`);
  const { _rev, _updatedAt, _createdAt, ...fields } = published;
  await lake.createOrReplace({ ...fields, _id: `drafts.${post.id}`, title });
}

export async function deleteDraft(): Promise<void> {
  await lake.delete(`drafts.${post.id}`);
}

/** What the Presentation tool does: a secret in the Content Lake, then the enable route with it. */
export async function enableDraftMode(page: Page, path: string): Promise<void> {
  const { secret } = await createPreviewSecret(lake, 'frm-e2e', previewStack.studioUrl, 'e2e-user');
  const response = await page.goto(
    `/api/draft-mode/enable?sanity-preview-secret=${encodeURIComponent(secret)}&sanity-preview-pathname=${encodeURIComponent(path)}`,
  );
  if (response?.status() !== 200) throw new Error(`enable answered ${response?.status()}`);
}

/** Every query to the stand-in fails until `bringLakeBack` (see previewStack.ts). */
export async function takeLakeDown(): Promise<void> {
  await lake.createOrReplace({ _id: previewStack.lakeDownDocumentId, _type: 'e2eFault' });
}

export async function bringLakeBack(): Promise<void> {
  await lake.delete(previewStack.lakeDownDocumentId);
}
