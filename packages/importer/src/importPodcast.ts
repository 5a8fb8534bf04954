import { localChaptersCandidates, readLocalChapters } from './episodes/chapters.ts';
import { mapEpisode, type EpisodeDocument } from './episodes/mapEpisode.ts';
import { measureAudio, needsMeasuring, reportMissingAudio, type AudioMeasurement } from './episodes/measureAudio.ts';
import { parseFeed, type FeedItem } from './feed/parseFeed.ts';
import type { FeedText } from './feed/readFeed.ts';
import { bringMedia } from './media/bringMedia.ts';
import { DownloadedAssets, type DownloadedAsset } from './media/downloadedAssets.ts';
import type { Remote } from './remote/remoteFetch.ts';
import { ImportReport } from './report/report.ts';
import { mapPodcast, type PodcastDocument } from './show/mapPodcast.ts';
import { SlugAllocator } from './slugs.ts';
import { oldAddressPaths } from './oldAddress.ts';
import { DEFAULT_SITE_URL, documentPath } from '@frm/content/urls';

export interface PodcastImport {
  podcast: PodcastDocument;
  episodes: EpisodeDocument[];
  report: ImportReport;
  /** Artwork and transcript files the documents point at (`_sanityAsset`), each once. */
  assets: DownloadedAsset[];
}

export interface PodcastImportOptions {
  /** Slugs other documents already use (episodes of the dataset the import is merged into). */
  takenSlugs?: Iterable<string>;
  /**
   * How to reach the audio, artwork and transcripts the feed links to; null (--offline): nothing
   * is downloaded or measured, and what is missing is reported.
   */
  remote: Remote | null;
  /** The site's origin (SITE_URL): an episode's old page on it (the item's <link>) is kept as an old address. */
  siteUrl?: string;
}

/**
 * A feed -> the `podcast` show settings and one `podcastEpisode` per item, oldest first so the
 * first episode keeps the plain slug. Throws FeedError when the feed cannot be read at all.
 */
export async function importPodcast(
  feed: FeedText,
  options: PodcastImportOptions = { remote: null },
): Promise<PodcastImport> {
  const { show, items } = parseFeed(feed.xml, feed.source);
  const report = new ImportReport();
  const podcast = mapPodcast(show, report);
  const slugs = new SlugAllocator(options.takenSlugs);
  const defaults = { explicit: podcast.explicit ?? false };
  const seen = new Map<string, string>();
  const imported: Array<{ item: FeedItem; episode: EpisodeDocument }> = [];
  const ordered = [...items].sort(
    (a, b) => (Date.parse(a.pubDate) || 0) - (Date.parse(b.pubDate) || 0) || a.position - b.position,
  );
  // Duplicates are judged in feed order: the first item with a GUID wins, as in podcast apps.
  const firstPosition = new Map<string, number>();
  for (const item of items) {
    const guid = item.guid || item.enclosureUrl;
    if (guid !== '' && !firstPosition.has(guid)) firstPosition.set(guid, item.position);
  }
  for (const item of ordered) {
    const title = item.title || `item ${item.position}`;
    let guid = item.guid;
    if (guid === '') {
      if (item.enclosureUrl === '') {
        report.skip(`(item ${item.position})`, title, 'has neither a <guid> nor an <enclosure>: not imported');
        continue;
      }
      guid = item.enclosureUrl;
      report.warn(guid, title, 'has no <guid>: podcast apps identify it by its audio URL, which was kept as its GUID');
    }
    if (firstPosition.get(guid) !== item.position) {
      report.skip(
        guid,
        title,
        `duplicate GUID: item ${item.position} has the same GUID as item ${firstPosition.get(guid)}${seen.has(guid) ? ` ("${seen.get(guid)}")` : ''}; only the first was imported`,
      );
      continue;
    }
    const episode = mapEpisode(item, guid, slugs, report, defaults);
    if (!episode) continue;
    const previousPaths = oldAddressPaths(
      item.link,
      options.siteUrl ?? DEFAULT_SITE_URL,
      documentPath({ _type: episode._type, slug: episode.slug.current }),
    );
    if (previousPaths.length > 0) episode.previousPaths = previousPaths;
    seen.set(guid, episode.title);
    if (item.chaptersUrl) await addChapters(episode, item.chaptersUrl, feed.localDir, report);
    imported.push({ item, episode });
    report.imported.push({ id: guid, title: episode.title, documentId: episode._id });
  }
  const { remote } = options;
  const assets = remote ? new DownloadedAssets(remote) : null;
  const [measurements] = await Promise.all([
    Promise.all(
      imported.map(({ episode }) => (remote && needsMeasuring(episode) ? measureAudio(episode, remote) : null)),
    ),
    bringMedia(show, podcast, imported, assets, report),
  ]);
  imported.forEach(({ item, episode }, i) =>
    reportMissingAudio(episode, item, remote ? measurements[i]! : null, report),
  );
  reportMeasured(measurements, report);
  const episodes = imported.map(({ episode }) => episode);
  // Only files a document points at (not show artwork that was refused).
  const used = JSON.stringify([podcast, episodes]);
  return {
    podcast,
    episodes,
    report,
    assets: (assets?.assets ?? []).filter((asset) => used.includes(asset.sanityAsset)),
  };
}

function reportMeasured(measurements: ReadonlyArray<AudioMeasurement | null>, report: ImportReport): void {
  const done = measurements.filter((m): m is AudioMeasurement => m !== null);
  if (done.length === 0) return;
  const lengths = done.filter((m) => m.measured.includes('durationSeconds')).length;
  const sizes = done.filter((m) => m.measured.includes('sizeBytes')).length;
  const failed = done.filter((m) => m.failure).length;
  report.note(
    `${done.length} episode${done.length === 1 ? '' : 's'} measured from the audio (Range requests): ${lengths} length${lengths === 1 ? '' : 's'} and ${sizes} size${sizes === 1 ? '' : 's'} filled in${failed ? `, ${failed} could not be measured (below)` : ''}`,
  );
}

async function addChapters(
  episode: EpisodeDocument,
  url: string,
  localDir: string | null,
  report: ImportReport,
): Promise<void> {
  for (const path of localDir === null ? [] : localChaptersCandidates(url, localDir)) {
    try {
      const chapters = await readLocalChapters(path);
      if (chapters !== null) {
        if (chapters.length > 0) episode.chapters = chapters;
        return;
      }
    } catch (error) {
      report.warn(
        episode.guid,
        episode.title,
        `chapters file ${path} is not chapters JSON (${(error as Error).message}): chapters not imported`,
      );
      return;
    }
  }
  report.warn(
    episode.guid,
    episode.title,
    `chapters ${url} not imported: put the JSON file next to the feed file and import again, or enter the chapters in the studio`,
  );
}
