import {
  ARTWORK_MAX,
  ARTWORK_MIN,
  isEmailAddress,
  isPodcastArtworkSize,
  MISSING_AUDIO_LENGTH,
} from '@frm/content/rules';
import {
  AUDIO_SIZE_MISSING,
  ContentError,
  type ContentProblem,
  type Episode,
  type ImageField,
  type PodcastSettings,
} from '@frm/content';
import { appleCategoryProblem } from './appleCategories.ts';

export { ARTWORK_MAX, ARTWORK_MIN };

/** Whether an image meets Apple's artwork rule (square, 1400–3000 px). */
export function isValidArtwork(image: ImageField | null | undefined): boolean {
  const asset = image?.asset;
  return !!asset?.url && isPodcastArtworkSize(asset.width, asset.height);
}

const podcast = (path: string, message: string): ContentProblem => ({ id: 'podcast', type: 'podcast', path, message });

/**
 * Everything in the show settings or the episodes that would make Apple Podcasts, Spotify or
 * another directory reject the feed, every problem at once. `episodes` are the ones the feed lists.
 */
export function feedProblems(settings: PodcastSettings, episodes: readonly Episode[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const artwork = settings.artwork?.asset;
  if (!artwork?.url)
    problems.push(
      podcast(
        'artwork',
        'is missing: upload square show artwork, 1400 to 3000 pixels a side (Apple Podcasts requires it)',
      ),
    );
  else if (!isValidArtwork(settings.artwork)) {
    problems.push(
      podcast(
        'artwork',
        `is ${artwork.width}×${artwork.height} pixels: Apple Podcasts needs square artwork between ${ARTWORK_MIN}×${ARTWORK_MIN} and ${ARTWORK_MAX}×${ARTWORK_MAX}`,
      ),
    );
  }
  if (!settings.ownerEmail?.trim())
    problems.push(podcast('ownerEmail', 'is missing: Apple Podcasts sends the ownership check to this address'));
  else if (!isEmailAddress(settings.ownerEmail))
    problems.push(podcast('ownerEmail', `"${settings.ownerEmail}" is not an email address`));
  if (!settings.ownerName?.trim()) problems.push(podcast('ownerName', 'is missing: fill in the show owner'));
  if (settings.categories.length === 0)
    problems.push(podcast('categories', 'is empty: choose at least one Apple Podcasts category'));
  settings.categories.forEach((entry, index) => {
    const problem = appleCategoryProblem(entry.category, entry.subcategory);
    if (problem) problems.push(podcast(`categories[${index}].${problem.field}`, problem.message));
  });
  for (const episode of episodes) {
    const audio = episode.audio;
    if (!audio) continue;
    const problem = (path: string, message: string) =>
      problems.push({ id: episode._id, type: 'podcastEpisode', path, message });
    if (!audio.file?.url && !audio.url) problem('audio.file', 'has neither an uploaded file nor a URL: add one');
    if (!Number.isInteger(audio.sizeBytes) || audio.sizeBytes <= 0) problem('audio.sizeBytes', AUDIO_SIZE_MISSING);
  }
  return problems;
}

/** What the feed can publish but leaves out: episodes whose audio length is not known (no <itunes:duration>). */
export function feedWarnings(episodes: readonly Episode[]): ContentProblem[] {
  return episodes
    .filter((episode) => episode.audio && episode.audio.durationSeconds === null)
    .map((episode) => ({
      id: episode._id,
      type: 'podcastEpisode',
      path: 'audio.durationSeconds',
      message: MISSING_AUDIO_LENGTH,
    }));
}

/** Throws one ContentError listing every feed problem; returns quietly when there are none. */
export function assertFeedPublishable(settings: PodcastSettings, episodes: readonly Episode[]): void {
  const problems = feedProblems(settings, episodes);
  if (problems.length > 0)
    throw new ContentError(
      `The podcast feed cannot be published (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      problems,
    );
}
