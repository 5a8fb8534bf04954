import { htmlToBlocks, htmlToPlainText, type TextBlock } from '../html/htmlToPortableText.ts';
import { parseDuration } from '../duration.ts';
import { parseFeedDate } from '../dates.ts';
import { episodeIdFor } from '../ids.ts';
import type { FeedItem } from '../feed/parseFeed.ts';
import type { ImportReport } from '../report/report.ts';
import type { SlugAllocator } from '../slugs.ts';
import { audioMimeType, byteSize, explicitFlag, positiveInteger, type AudioMimeType } from './audio.ts';
import type { ChapterValue } from './chapters.ts';

/** A `podcastEpisode` document as the studio schema stores it (keys and system fields are added later). */
export interface EpisodeDocument {
  _id: string;
  _type: 'podcastEpisode';
  title: string;
  slug: { _type: 'slug'; current: string };
  publishedAt: string;
  guid: string;
  episodeType: 'full' | 'trailer' | 'bonus';
  explicit: boolean;
  audio: {
    _type: 'podcastAudio';
    url: string;
    mimeType?: AudioMimeType;
    sizeBytes?: number;
    durationSeconds?: number;
  };
  season?: number;
  episodeNumber?: number;
  summary?: string;
  showNotes?: TextBlock[];
  chapters?: ChapterValue[];
  image?: { _type: 'image'; _sanityAsset: string; alt: string };
  transcript?: { _type: 'transcript'; file: { _type: 'file'; _sanityAsset: string }; language?: string };
  [field: string]: unknown;
}

const SUMMARY_LIMIT = 4000;
const EPISODE_TYPES = new Set(['full', 'trailer', 'bonus']);

/**
 * One feed item -> an episode document, or null when it cannot be an episode (no audio, no
 * readable date). Everything left out or guessed goes into the report under the item's GUID.
 */
export interface ShowDefaults {
  explicit: boolean;
}

export function mapEpisode(
  item: FeedItem,
  guid: string,
  slugs: SlugAllocator,
  report: ImportReport,
  show: ShowDefaults,
): EpisodeDocument | null {
  const title = item.title.trim();
  const label = title || `item ${item.position}`;
  if (item.enclosureUrl === '') {
    report.skip(guid, label, 'has no <enclosure> (no audio file): not an episode, not imported');
    return null;
  }
  if (!/^https?:\/\//i.test(item.enclosureUrl)) {
    report.skip(guid, label, `enclosure URL "${item.enclosureUrl}" is not an http(s) address: not imported`);
    return null;
  }
  const publishedAt = parseFeedDate(item.pubDate);
  if (publishedAt === null) {
    report.skip(
      guid,
      label,
      item.pubDate === ''
        ? 'has no <pubDate>: not imported (set the date and import again)'
        : `pubDate "${item.pubDate}" is not a date: not imported`,
    );
    return null;
  }
  if (title === '') report.warn(guid, label, 'has no <title>: titled "Untitled episode"; rename it in the studio');

  const mimeType = audioMimeType(item.enclosureType, item.enclosureUrl);
  // Missing or unreadable size and length are measured from the audio, or reported (measureAudio.ts).
  const sizeBytes = byteSize(item.enclosureLength);
  const durationSeconds = parseDuration(item.duration);

  const season = optionalNumber(item.season, 'season', guid, label, report);
  const episodeNumber = optionalNumber(item.episode, 'episode number', guid, label, report);
  const episodeType = item.episodeType.trim().toLowerCase();
  if (episodeType !== '' && !EPISODE_TYPES.has(episodeType))
    report.warn(guid, label, `episode type "${item.episodeType}" is unknown: imported as "full"`);
  const explicit = explicitFlag(item.explicit) ?? show.explicit;

  const { blocks: showNotes, dropped } = htmlToBlocks(item.notesHtml);
  const droppedNames = Object.entries(dropped).map(([name, count]) => `${count} <${name}>`);
  if (droppedNames.length > 0)
    report.warn(
      guid,
      label,
      `show notes: left out ${droppedNames.join(', ')} (scripts, styles, embeds and images are not imported)`,
    );
  const summary = summaryOf(item, showNotes);

  return {
    _id: episodeIdFor(guid),
    _type: 'podcastEpisode',
    title: title || 'Untitled episode',
    slug: { _type: 'slug', current: slugs.allocate(title, guid) },
    publishedAt,
    ...(season !== undefined ? { season } : {}),
    ...(episodeNumber !== undefined ? { episodeNumber } : {}),
    episodeType: EPISODE_TYPES.has(episodeType) ? (episodeType as EpisodeDocument['episodeType']) : 'full',
    ...(summary ? { summary } : {}),
    ...(showNotes.length > 0 ? { showNotes } : {}),
    audio: {
      _type: 'podcastAudio',
      url: item.enclosureUrl,
      ...(mimeType ? { mimeType } : {}),
      ...(sizeBytes !== null ? { sizeBytes } : {}),
      ...(durationSeconds !== null ? { durationSeconds } : {}),
    },
    explicit,
    guid,
  };
}

function optionalNumber(
  value: string,
  what: string,
  guid: string,
  label: string,
  report: ImportReport,
): number | undefined {
  if (value.trim() === '') return undefined;
  const n = positiveInteger(value);
  if (n === null) report.warn(guid, label, `${what} "${value}" is not a positive whole number: left empty`);
  return n ?? undefined;
}

/** The plain-text summary: itunes:summary or subtitle, else the show notes' text; at most 4000 characters. */
function summaryOf(item: FeedItem, showNotes: TextBlock[]): string {
  const source = item.itunesSummary || item.subtitle;
  const text = source
    ? htmlToPlainText(source)
    : showNotes.map((block) => block.children.map((span) => span.text).join('')).join('\n\n');
  if (text.length <= SUMMARY_LIMIT) return text.trim();
  const cut = text.slice(0, SUMMARY_LIMIT - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LIMIT / 2)).trimEnd()}…`;
}
