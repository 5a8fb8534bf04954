import { describe, expect, it } from 'vitest';
import { checkChapterTimes, checkWithinEpisode, episodeLength } from './episodeTimes.ts';

const chapter = (startSeconds: number, title: string) => ({ _key: title, startSeconds, title });

describe('chapter times', () => {
  it('accepts chapters in the order they play, inside the episode', () => {
    expect(checkChapterTimes([chapter(0, 'Welcome'), chapter(1230, 'Question'), chapter(2400, 'Prayer')], 2700)).toBe(
      true,
    );
    expect(checkChapterTimes([chapter(0, 'Welcome'), chapter(2400, 'Prayer')], undefined)).toBe(true);
    expect(checkChapterTimes(undefined, 2700)).toBe(true);
  });

  it('names the chapter that starts before the one above it, in mm:ss', () => {
    expect(
      checkChapterTimes([chapter(0, 'Welcome'), chapter(2400, 'Prayer'), chapter(1230, 'Question')], undefined),
    ).toBe(
      '“Question” (20:30) must start after “Prayer” (40:00). Put the chapters in the order they play, or check the times.',
    );
    expect(checkChapterTimes([chapter(60, 'A'), chapter(60, 'B')], undefined)).toMatch(
      /“B” \(1:00\) must start after “A” \(1:00\)/,
    );
  });

  it('names a chapter that starts after the episode ends', () => {
    expect(checkChapterTimes([chapter(0, 'Welcome'), chapter(2800, 'Outro')], 2700)).toBe(
      '“Outro” starts at 46:40, after the episode ends (45:00). Check the time.',
    );
    expect(checkWithinEpisode([{ startSeconds: 3725 }], 3600, 'soundbite')).toMatch(
      /^The soundbite starts at 1:02:05, after the episode ends \(1:00:00\)/,
    );
  });

  it('reads the episode length from the audio when it is known', () => {
    expect(episodeLength({ audio: { durationSeconds: 2700 } })).toBe(2700);
    expect(episodeLength({ audio: {} })).toBeUndefined();
    expect(episodeLength(undefined)).toBeUndefined();
  });
});
