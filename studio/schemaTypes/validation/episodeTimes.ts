import { clockTime } from '@frm/content/duration';

interface TimedItem {
  startSeconds?: unknown;
  title?: unknown;
}

/** The episode's length from the form (audio › length), when the audio has been read. */
export function episodeLength(document: unknown): number | undefined {
  const length = (document as { audio?: { durationSeconds?: unknown } } | undefined)?.audio?.durationSeconds;
  return typeof length === 'number' && length > 0 ? length : undefined;
}

const startOf = (item: TimedItem) => (typeof item.startSeconds === 'number' ? item.startSeconds : undefined);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const nameOf = (item: TimedItem, what: string) =>
  typeof item.title === 'string' && item.title.trim() ? `“${item.title.trim()}”` : `the ${what}`;

/** Every start must fall inside the episode, when its length is known. */
export function checkWithinEpisode(items: unknown, lengthSeconds: number | undefined, what: string): true | string {
  if (!Array.isArray(items) || lengthSeconds === undefined) return true;
  const late = (items as TimedItem[]).find((item) => (startOf(item) ?? 0) >= lengthSeconds);
  return late
    ? `${capitalised(nameOf(late, what))} starts at ${clockTime(startOf(late) ?? 0)}, after the episode ends (${clockTime(lengthSeconds)}). Check the time.`
    : true;
}

/** Chapters in the order they play, each after the one before, inside the episode. */
export function checkChapterTimes(chapters: unknown, lengthSeconds: number | undefined): true | string {
  if (!Array.isArray(chapters)) return true;
  const items = chapters as TimedItem[];
  for (const [index, item] of items.entries()) {
    const previous = items[index - 1];
    const [before, start] = [previous && startOf(previous), startOf(item)];
    if (previous && before !== undefined && start !== undefined && start <= before) {
      return `${capitalised(nameOf(item, 'chapter'))} (${clockTime(start)}) must start after ${nameOf(previous, 'chapter before it')} (${clockTime(before)}). Put the chapters in the order they play, or check the times.`;
    }
  }
  return checkWithinEpisode(items, lengthSeconds, 'chapter');
}
