import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SanityDocumentLike } from '../export/types.ts';

/** Writes documents (and optional asset files) as a dataset export folder for a test. */
export async function writeFixtureExport(
  documents: SanityDocumentLike[],
  files: Record<string, Uint8Array | string> = {},
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'frm-fixture-'));
  await writeFile(join(root, 'data.ndjson'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  for (const [relativePath, bytes] of Object.entries(files)) {
    await mkdir(join(root, relativePath, '..'), { recursive: true });
    await writeFile(join(root, relativePath), bytes);
  }
  return root;
}

/** The smallest set of documents a site can be built from. */
export function minimalDocuments(): SanityDocumentLike[] {
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Family Room Mission',
      description: 'Helping families turn the family room into a sanctuary.',
      siteUrl: 'https://familyroommission.org/',
    },
    {
      _id: 'podcast',
      _type: 'podcast',
      title: 'Family Room Mission Podcast',
      description: 'Conversations about marriage, parenting and faith at home.',
      author: 'Family Room Mission',
      ownerName: 'Family Room Mission',
      ownerEmail: 'podcast@familyroommission.org',
      language: 'en-us',
      categories: [
        { _key: 'c1', _type: 'podcastCategory', category: 'Religion & Spirituality', subcategory: 'Christianity' },
      ],
    },
  ];
}

export function post(id: string, fields: Record<string, unknown> = {}): SanityDocumentLike {
  return {
    _id: id,
    _type: 'post',
    title: `Post ${id}`,
    slug: { _type: 'slug', current: id.replace(/^(drafts\.|versions\.[^.]+\.)/, '') },
    publishedAt: '2026-01-05T12:00:00Z',
    ...fields,
  };
}
