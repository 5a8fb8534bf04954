import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedSource, loadContent, redirectRules } from '@frm/content';
import { mp3DurationSeconds } from '@frm/content/audio';
import { buildSeed, ids } from './seedDocuments.ts';
import { seedDatasetPath } from './seedDatasetPath.ts';
import { writeExport } from '@frm/content/writeExport';

const listFiles = async (root: string) =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();

describe('seed dataset', () => {
  let regenerated: string | undefined;
  afterAll(() => (regenerated ? rm(regenerated, { recursive: true, force: true }) : undefined));

  it('is what the generator writes, byte for byte (run `pnpm seed` after changing it)', async () => {
    regenerated = await mkdtemp(join(tmpdir(), 'frm-seed-'));
    const seed = await buildSeed();
    await writeExport(regenerated, seed.documents, seed.assets);
    const committed = await listFiles(seedDatasetPath);
    expect(await listFiles(regenerated)).toEqual(committed);
    for (const file of committed) {
      expect((await readFile(join(regenerated, file))).equals(await readFile(join(seedDatasetPath, file))), file).toBe(
        true,
      );
    }
  });

  it('loads and validates, leaving out the draft, the release version and the scheduled post', async () => {
    const source = await createEmbeddedSource(seedDatasetPath);
    const content = await loadContent(source, { now: new Date('2026-11-01T00:00:00Z') });
    const postIds = content.posts.map((p) => p._id);
    expect(postIds).toContain(ids.posts.trust);
    expect(postIds).not.toContain(ids.posts.scheduled);
    expect(postIds.some((id) => id.startsWith('drafts.') || id.startsWith('versions.'))).toBe(false);
    expect(content.posts.length).toBeGreaterThanOrEqual(7);
    expect(content.episodes.length).toBeGreaterThanOrEqual(6);
    expect(content.resources.map((r) => r.kind).sort()).toEqual(['course', 'download', 'ebook', 'link', 'video']);
    expect(content.topics).toHaveLength(3);
    expect(content.pages.map((p) => p.slug).sort()).toEqual(['about', 'beliefs', 'contact']);
  });

  it('keeps old links alive: an old slug, an imported old address, and editors’ redirects to a document and elsewhere', async () => {
    const content = await loadContent(await createEmbeddedSource(seedDatasetPath), {
      now: new Date('2026-11-01T00:00:00Z'),
    });
    const { redirects, problems } = redirectRules(content);
    expect(problems).toEqual([]);
    expect(redirects.map(({ from, to, status }) => `${from} ${to} ${status}`)).toEqual([
      '/2026/01/rebuilding-intimacy-and-trust.html /blog/rebuilding-intimacy-and-trust/ 301',
      '/blog/dinner-table-questions/ /blog/five-questions-for-the-dinner-table/ 301',
      '/category/marriage/ /blog/topics/marriage/ 301',
      '/easter/ /podcast/an-easter-blessing-for-your-home/ 302',
      '/give/ https://give.familyroommission.org/ 301',
    ]);
  });

  it('links the article from the shared seed to an episode and two resources', async () => {
    const source = await createEmbeddedSource(seedDatasetPath);
    const { posts } = await loadContent(source, { now: new Date('2026-11-01T00:00:00Z') });
    const trust = posts.find((p) => p._id === ids.posts.trust)!;
    expect(trust.relatedEpisodes.map((e) => e._id)).toEqual([ids.episodes.trust]);
    expect(trust.relatedResources).toHaveLength(2);
    const styles = new Set(trust.body.map((b) => (b._type === 'block' ? (b.listItem ?? b.style) : b._type)));
    for (const style of ['h2', 'bullet', 'blockquote', 'normal']) expect(styles).toContain(style);
  });

  it('gives every uploaded episode file its exact size and duration', async () => {
    const source = await createEmbeddedSource(seedDatasetPath);
    const { episodes } = await loadContent(source, { now: new Date('2026-11-01T00:00:00Z') });
    const uploaded = episodes.filter((e) => e.audio?.file);
    expect(uploaded.length).toBeGreaterThanOrEqual(5);
    for (const episode of uploaded) {
      const path = source.assetFilePath(episode.audio!.file!.url!)!;
      const bytes = await readFile(path);
      expect(episode.audio!.sizeBytes, episode._id).toBe(bytes.length);
      expect(Math.round(mp3DurationSeconds(bytes) ?? Number.NaN), episode._id).toBe(
        Math.round(episode.audio!.durationSeconds ?? Number.NaN),
      );
    }
    expect(episodes.some((e) => e.guid)).toBe(true);
    expect(episodes.some((e) => e.audio?.url && !e.audio.file)).toBe(true);
  });
});
