import { describe, expect, it } from 'vitest';
import { episodeGuid } from './episodeGuid.ts';

describe('episodeGuid', () => {
  it('uses the guid field when set', () => {
    expect(episodeGuid({ _id: 'episode-1', guid: 'https://old-host.example/ep/1' })).toBe(
      'https://old-host.example/ep/1',
    );
    expect(episodeGuid({ _id: 'episode-1', guid: '  abc-123 ' })).toBe('abc-123');
  });

  it('derives it from the document id, whatever the draft or release prefix', () => {
    expect(episodeGuid({ _id: 'episode-1', guid: null })).toBe('episode-1');
    expect(episodeGuid({ _id: 'drafts.episode-1', guid: null })).toBe('episode-1');
    expect(episodeGuid({ _id: 'versions.rABC123.episode-1', guid: null })).toBe('episode-1');
    // Only a leading prefix is Sanity's: the same words inside an id are part of it.
    expect(episodeGuid({ _id: 'imported.drafts.episode-1', guid: null })).toBe('imported.drafts.episode-1');
  });

  it('does not depend on title or slug', () => {
    const a = episodeGuid({ _id: 'e4f1', guid: null, ...{ title: 'Old title', slug: 'old' } });
    const b = episodeGuid({ _id: 'e4f1', guid: null, ...{ title: 'New title', slug: 'new' } });
    expect(a).toBe(b);
  });
});
