import { ARTWORK_MAX, ARTWORK_MIN, isLanguageTag, isPodcastArtworkSize } from '@frm/content/rules';
import type { EpisodeDocument } from '../episodes/mapEpisode.ts';
import type { FeedItem, FeedShow } from '../feed/parseFeed.ts';
import type { ImportReport } from '../report/report.ts';
import type { PodcastDocument } from '../show/mapPodcast.ts';
import { TRANSCRIPT_EXTENSIONS, type DownloadedAsset, type DownloadedAssets } from './downloadedAssets.ts';

/**
 * Brings the show artwork, the episodes' artwork and their `podcast:transcript` files along:
 * downloaded (each once), set on the documents, and reported when they could not be, or when the
 * Studio would warn about them. Without `assets` (--offline) each is reported with its address.
 */
export async function bringMedia(
  show: FeedShow,
  podcast: PodcastDocument,
  imported: ReadonlyArray<{ item: FeedItem; episode: EpisodeDocument }>,
  assets: DownloadedAssets | null,
  report: ImportReport,
): Promise<void> {
  const offline = 'not downloaded (--offline): import again without --offline';
  const showWarn = (message: string, detail?: string) => report.warn('', 'show settings', message, detail);
  const showArtwork = async () => {
    if (!show.imageUrl) return showWarn('the feed has no show artwork: upload “Show artwork” in the Studio');
    if (!assets) return showWarn(`show artwork ${offline}, or upload “Show artwork” in the Studio`, show.imageUrl);
    const download = await assets.image(show.imageUrl);
    if ('failure' in download)
      return showWarn(
        'show artwork could not be downloaded: download it and upload it as “Show artwork” in the Studio',
        `${show.imageUrl}: ${download.failure}`,
      );
    // Artwork Apple refuses would stop the build: the show keeps what it has (the merged export's).
    if (!isArtwork(download.asset))
      return showWarn(
        `show artwork ${SIZE_RULE}, so it was not set: upload one as “Show artwork” in the Studio (the feed needs it)`,
        sizeOf(show.imageUrl, download.asset),
      );
    podcast.artwork = imageValue(download.asset, `${podcast.title ?? show.title} artwork`);
  };
  const users = new Map<string, number>();
  const episodeMedia = async ({ item, episode }: { item: FeedItem; episode: EpisodeDocument }) => {
    const warn = (message: string, detail?: string) => report.warn(episode.guid, episode.title, message, detail);
    if (item.imageUrl) {
      if (!assets) warn(`episode artwork ${offline}, or upload “Episode artwork” in the Studio`, item.imageUrl);
      else {
        const download = await assets.image(item.imageUrl);
        if ('failure' in download)
          warn(
            'episode artwork could not be downloaded: upload “Episode artwork” in the Studio',
            `${item.imageUrl}: ${download.failure}`,
          );
        else {
          episode.image = imageValue(download.asset, `Artwork of “${episode.title}”`);
          users.set(download.asset.path, (users.get(download.asset.path) ?? 0) + 1);
          if (!isArtwork(download.asset))
            warn(
              `episode artwork ${SIZE_RULE}: podcast apps show the show artwork instead; upload another in the Studio if it matters`,
              sizeOf(item.imageUrl, download.asset),
            );
        }
      }
    }
    const transcript = preferredTranscript(item.transcripts);
    if (!transcript) return;
    if (!assets) return warn(`transcript ${offline}, or upload it under “Transcript” in the Studio`, transcript.url);
    const download = await assets.transcript(transcript.url, transcript.type);
    if ('failure' in download)
      return warn(
        'transcript could not be imported: upload it under “Transcript” in the Studio',
        `${transcript.url}: ${download.failure}`,
      );
    episode.transcript = {
      _type: 'transcript',
      file: { _type: 'file', _sanityAsset: download.asset.sanityAsset },
      ...(isLanguageTag(transcript.language) && { language: transcript.language }),
    };
  };
  await Promise.all([showArtwork(), ...imported.map(episodeMedia)]);

  if (!assets) return;
  const images = imported.filter(({ episode }) => episode.image).length;
  const transcripts = imported.filter(({ episode }) => episode.transcript).length;
  if (podcast.artwork) report.note('show artwork downloaded and set');
  if (images > 0)
    report.note(
      `${images} episode${images === 1 ? '' : 's'} got their artwork (${users.size} image${users.size === 1 ? '' : 's'} stored)`,
    );
  for (const count of [...users.values()].filter((n) => n > 1).sort((a, b) => b - a))
    report.note(`${count} episodes use the same artwork, imported once`);
  if (transcripts > 0) report.note(`${transcripts} transcript${transcripts === 1 ? '' : 's'} downloaded and set`);
}

const SIZE_RULE = `is not square ${ARTWORK_MIN}–${ARTWORK_MAX} pixels`;
const isArtwork = (asset: DownloadedAsset) => isPodcastArtworkSize(asset.width ?? 0, asset.height ?? 0);
const sizeOf = (url: string, asset: DownloadedAsset) => `${url} is ${asset.width}×${asset.height}`;

const imageValue = (asset: DownloadedAsset, alt: string) => ({
  _type: 'image' as const,
  _sanityAsset: asset.sanityAsset,
  alt,
});

/** The transcript in the best format the Studio takes (WebVTT first), else the first one listed. */
function preferredTranscript(transcripts: FeedItem['transcripts']): FeedItem['transcripts'][number] | undefined {
  const names: Record<(typeof TRANSCRIPT_EXTENSIONS)[number], string[]> = {
    vtt: ['vtt'],
    srt: ['srt', 'subrip'],
    json: ['json'],
    txt: ['text/plain'],
  };
  const rank = (type: string) => {
    const index = TRANSCRIPT_EXTENSIONS.findIndex((ext) =>
      names[ext].some((name) => type.toLowerCase().includes(name)),
    );
    return index === -1 ? TRANSCRIPT_EXTENSIONS.length : index;
  };
  return [...transcripts].sort((a, b) => rank(a.type) - rank(b.type))[0];
}
