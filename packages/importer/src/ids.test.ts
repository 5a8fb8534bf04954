import { describe, expect, it } from 'vitest';
import { episodeIdFor, PODCAST_ID, postIdFor } from './ids.ts';

/*
 * Imported ids are derived, never random: a re-import must land on the documents an earlier
 * release wrote, so the values below are pinned (SHA-1 of the GUID / slug, first 20 hex digits).
 */
describe('document ids of imported content', () => {
  it('derives an episode id from its GUID, the same in every release', () => {
    expect(episodeIdFor('abc')).toBe('episode-import-a9993e364706816aba3e');
    expect(episodeIdFor('Buzzsprout-14567890')).toBe(episodeIdFor('Buzzsprout-14567890'));
  });

  it('derives a post id from its source slug, the same in every release', () => {
    expect(postIdFor('abc')).toBe('post-import-a9993e364706816aba3e');
  });

  it('gives 1,000 different GUIDs 1,000 different ids, each a valid Sanity document id', () => {
    const guids = Array.from({ length: 1000 }, (_, i) => `gen-${i + 1}`);
    const ids = guids.map(episodeIdFor);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^episode-import-[0-9a-f]{20}$/);
    // A GUID and its case variant are different items in podcast apps: different ids.
    expect(episodeIdFor('ABC')).not.toBe(episodeIdFor('abc'));
  });

  it('names the show settings singleton the site reads', () => {
    expect(PODCAST_ID).toBe('podcast');
  });
});
