import { stegaEncodeSourceMap } from '@sanity/client/stega';
import { describe, expect, it } from 'vitest';
import { resultSourceMap } from './resultSourceMap.ts';

const result = [
  {
    _id: 'post-1',
    _type: 'post',
    title: 'Hello',
    body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'First line' }] }],
    author: { _id: 'person-1', _type: 'person', name: 'Ann' },
    tags: ['x'],
  },
];

describe('resultSourceMap', () => {
  const map = resultSourceMap(result, (id) => (id === 'post-1' ? 'drafts.post-1' : id));

  it('maps each string to its document and field, keyed array items by _key', () => {
    const source = (path: string) => {
      const mapping = map.mappings[path]!;
      if (mapping.source.type !== 'documentValue') throw new Error('expected a document value');
      return [map.documents[mapping.source.document]!._id, map.paths[mapping.source.path]];
    };
    expect(source("$[0]['title']")).toEqual(['drafts.post-1', "$['title']"]);
    expect(source("$[0]['body'][0]['children'][0]['text']")).toEqual(['drafts.post-1', "$['body'][?(@._key=='b1')]['children'][?(@._key=='s1')]['text']"]);
    expect(source("$[0]['author']['name']")).toEqual(['person-1', "$['name']"]);
    expect(source("$[0]['tags'][0]")).toEqual(['drafts.post-1', "$['tags'][0]"]);
  });

  it('is what @sanity/client needs to encode edit links', () => {
    const encoded = stegaEncodeSourceMap(result, map, { enabled: true, studioUrl: 'https://studio.example' }) as typeof result;
    expect(encoded[0]!.title).not.toBe('Hello');
    expect(encoded[0]!.title.startsWith('Hello')).toBe(true);
  });
});
