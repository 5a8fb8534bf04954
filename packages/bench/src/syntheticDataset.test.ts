import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedSource, loadContent } from '@frm/content';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { writeSyntheticDataset } from './syntheticDataset.ts';

const dirs = [
  join(tmpdir(), `frm-bench-test-a-${process.pid}`),
  join(tmpdir(), `frm-bench-test-b-${process.pid}`),
] as const;
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('writeSyntheticDataset', () => {
  it('writes the same bytes for the same size, and every document validates', async () => {
    const size = { posts: 20, postsPerEpisode: 5 };
    const [a] = await Promise.all(dirs.map((dir) => writeSyntheticDataset(dir, seedDatasetPath, size)));
    const [bytesA, bytesB] = await Promise.all(dirs.map((dir) => readFile(join(dir, 'data.ndjson'))));
    expect(bytesA!.equals(bytesB!)).toBe(true);

    const warnings: unknown[] = [];
    const content = await loadContent(await createEmbeddedSource(dirs[0]), {
      now: new Date('2026-11-01T00:00:00Z'),
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings).toEqual([]);
    expect(content.posts).toHaveLength(20);
    expect(content.episodes).toHaveLength(4);
    expect(content.episodes[0]!.chapters).toHaveLength(4);
    expect(content.posts.filter((post) => post.mainImage !== null)).toHaveLength(7);
    expect(a!.posts).toHaveLength(20);
    for (const post of a!.posts) {
      const words = post.paragraphs.reduce((n, part) => n + part.text.split(' ').length, 0);
      expect(words).toBeGreaterThanOrEqual(780);
      expect(words).toBeLessThanOrEqual(1250);
    }
  });
});
