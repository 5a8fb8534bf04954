import { describe, expect, it } from 'vitest';
import { chaptersFile, chaptersJson } from './chaptersJson.ts';

describe('chaptersJson', () => {
  it('writes version 1.2.0 with chapters sorted by start time, url only when it is a safe web link', () => {
    const json = chaptersJson([
      { _key: 'b', startSeconds: 95.5, title: 'Ground rules <1>', url: 'https://example.org/rules' },
      { _key: 'a', startSeconds: 0, title: 'Intro', url: null },
      { _key: 'c', startSeconds: 300, title: 'Bad link', url: 'javascript:alert(1)' },
    ]);
    expect(JSON.parse(json)).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 95.5, title: 'Ground rules <1>', url: 'https://example.org/rules' },
        { startTime: 300, title: 'Bad link' },
      ],
    });
  });

  it('writes an empty chapter list for no chapters', () => {
    expect(chaptersFile([])).toEqual({ version: '1.2.0', chapters: [] });
  });
});
