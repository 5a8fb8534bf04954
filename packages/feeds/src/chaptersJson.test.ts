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

  it('links a chapter only to an http(s) address: mailto, tel and site paths are left out', () => {
    const file = chaptersFile([
      { _key: 'a', startSeconds: 0, title: 'Mail', url: 'mailto:podcast@familyroommission.org' },
      { _key: 'b', startSeconds: 1, title: 'Phone', url: 'tel:+15555550100' },
      { _key: 'c', startSeconds: 2, title: 'Path', url: '/blog/x/' },
      { _key: 'd', startSeconds: 3, title: 'Upper', url: 'HTTPS://example.org/a' },
      { _key: 'e', startSeconds: 4, title: 'Plain', url: 'http://example.org/b' },
      { _key: 'f', startSeconds: 5, title: 'Web inside mail', url: 'mailto:https://example.org' },
    ]);
    expect(file.chapters.map((c) => c.url)).toEqual([
      undefined,
      undefined,
      undefined,
      'HTTPS://example.org/a',
      'http://example.org/b',
      undefined,
    ]);
  });

  it('writes an empty chapter list for no chapters', () => {
    expect(chaptersFile([])).toEqual({ version: '1.2.0', chapters: [] });
  });
});
