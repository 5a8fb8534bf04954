import { clockTime } from '../format/duration.ts';

/**
 * Apple Podcasts and Spotify turn timestamps at the end of an episode description into chapters
 * when there are at least three and the first starts at 0:00; fewer or a later start and they
 * ignore them (Apple then makes its own chapters).
 */
export const TIMESTAMP_CHAPTERS_MIN = 3;

interface TimedChapter {
  startSeconds?: number | null;
  title?: string | null;
}

/** Why the chapters give no description timestamps, or true when they do (or there are none). */
export function checkChapterTimestamps(chapters: readonly TimedChapter[] | null | undefined): true | string {
  if (!chapters || chapters.length === 0) return true;
  if (chapters.length < TIMESTAMP_CHAPTERS_MIN) {
    return `Spotify and Apple Podcasts show chapters from the description only with at least ${TIMESTAMP_CHAPTERS_MIN}: add ${TIMESTAMP_CHAPTERS_MIN - chapters.length} more, or the description gets no timestamps`;
  }
  const first = Math.min(...chapters.map((c) => c.startSeconds ?? Number.POSITIVE_INFINITY));
  if (first !== 0)
    return 'The first chapter must start at 0 seconds for Spotify and Apple Podcasts to read the timestamps: the description gets none until one does';
  return true;
}

/** "0:00 Welcome" lines, in start order, or none when apps would not read them as chapters. */
export function chapterTimestampLines(chapters: readonly { startSeconds: number; title: string }[]): string[] {
  if (checkChapterTimestamps(chapters) !== true || chapters.length === 0) return [];
  return [...chapters]
    .sort((a, b) => a.startSeconds - b.startSeconds)
    .map((c) => `${clockTime(c.startSeconds)} ${c.title.trim()}`);
}
