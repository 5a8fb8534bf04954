import { describe, expect, it } from 'vitest';
import { chapterTimestampLines, checkChapterTimestamps } from './chapterTimestamps.ts';

const at = (...starts: number[]) => starts.map((startSeconds, i) => ({ startSeconds, title: ` Part ${i + 1} ` }));

describe('chapter timestamps (for Spotify and Apple Podcasts)', () => {
  it('writes three or more chapters in start order, the first at 0:00, with the one clock format', () => {
    expect(chapterTimestampLines([...at(0, 65.9, 3725)].reverse())).toEqual([
      '0:00 Part 1',
      '1:05 Part 2',
      '1:02:05 Part 3',
    ]);
  });

  it('writes none, and says why, for fewer than three chapters or a first one after 0:00', () => {
    expect(chapterTimestampLines(at(0, 60))).toEqual([]);
    expect(checkChapterTimestamps(at(0, 60))).toMatch(/at least 3: add 1 more/);
    expect(chapterTimestampLines(at(5, 60, 120))).toEqual([]);
    expect(checkChapterTimestamps(at(5, 60, 120))).toMatch(/first chapter must start at 0 seconds/);
  });

  it('has nothing to say about an episode without chapters', () => {
    expect(checkChapterTimestamps([])).toBe(true);
    expect(checkChapterTimestamps(undefined)).toBe(true);
    expect(chapterTimestampLines([])).toEqual([]);
  });
});
