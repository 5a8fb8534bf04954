import { stegaEncodeSourceMap } from '@sanity/client/stega';
import { describe, expect, it } from 'vitest';
import { resultSourceMap } from './resultSourceMap.ts';

const result = [
  {
    _id: 'post-1',
    title: 'Hello',
    body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'First line' }] }],
    author: { _id: 'person-1', name: 'Ann' },
    image: { _id: 'not-a-document', caption: 'Still the post' },
    tags: ['x'],
  },
];

describe('resultSourceMap', () => {
  const stored: Record<string, { _id: string; _type: string }> = {
    'post-1': { _id: 'drafts.post-1', _type: 'post' },
    'person-1': { _id: 'person-1', _type: 'person' },
  };
  const map = resultSourceMap(result, (id) => stored[id]);

  it('maps each string to its document and field, keyed array items by _key', () => {
    const source = (path: string) => {
      const mapping = map.mappings[path]!;
      if (mapping.source.type !== 'documentValue') throw new Error('expected a document value');
      return [map.documents[mapping.source.document]!._id, map.paths[mapping.source.path]];
    };
    expect(source("$[0]['title']")).toEqual(['drafts.post-1', "$['title']"]);
    expect(source("$[0]['body'][0]['children'][0]['text']")).toEqual([
      'drafts.post-1',
      "$['body'][?(@._key=='b1')]['children'][?(@._key=='s1')]['text']",
    ]);
    expect(source("$[0]['author']['name']")).toEqual(['person-1', "$['name']"]);
    expect(source("$[0]['tags'][0]")).toEqual(['drafts.post-1', "$['tags'][0]"]);
    expect(source("$[0]['image']['caption']")).toEqual(['drafts.post-1', "$['image']['caption']"]);
  });

  it('is what @sanity/client needs to encode edit links', () => {
    const encoded = stegaEncodeSourceMap(result, map, {
      enabled: true,
      studioUrl: 'https://studio.example',
    }) as typeof result;
    expect(encoded[0]!.title).not.toBe('Hello');
    expect(encoded[0]!.title.startsWith('Hello')).toBe(true);
  });
});

describe('the stand-in answers resultSourceMap, so @sanity/client encodes stega', () => {
  it('names the draft a drafts-perspective result came from', async () => {
    const { startContentLakeServer } = await import('../contentLakeServer.ts');
    const { seedDatasetPath } = await import('../seedDatasetPath.ts');
    const { createClient } = await import('@sanity/client');
    const { stegaClean } = await import('@sanity/client/stega');
    const lake = await startContentLakeServer({ exportPath: seedDatasetPath, token: 't' });
    try {
      const client = createClient({
        projectId: 'frmtest',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.url,
        useProjectHostname: false,
        useCdn: false,
        token: 't',
      });
      await client.createOrReplace({
        _id: 'drafts.post-rebuilding-intimacy-and-trust',
        _type: 'post',
        title: 'Draft title',
      });
      const query = '*[_id == "post-rebuilding-intimacy-and-trust"][0]{_id, title}';
      const plain = await client.fetch<{ title: string }>(query, {}, { perspective: 'drafts' });
      expect(plain.title).toBe('Draft title');
      const encoded = await client.fetch<{ title: string }>(
        query,
        {},
        { perspective: 'drafts', stega: { enabled: true, studioUrl: 'https://studio.example' } },
      );
      expect(encoded.title).not.toBe('Draft title');
      expect(stegaClean(encoded.title)).toBe('Draft title');
      const raw = await client.fetch(
        query,
        {},
        { perspective: 'drafts', filterResponse: false, resultSourceMap: 'withKeyArraySelector' },
      );
      expect((raw as { resultSourceMap: { documents: Array<{ _id: string }> } }).resultSourceMap.documents).toEqual([
        { _id: 'drafts.post-rebuilding-intimacy-and-trust', _type: 'post' },
      ]);
    } finally {
      await lake.close();
    }
  });
});
