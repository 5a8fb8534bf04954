import type { Episode, PodcastSettings } from '@frm/content';
import { audioSource } from './episodes.ts';
import { isoDuration } from './duration.ts';
import type { JsonLd } from './jsonLd.ts';
import { absoluteUrl, paths } from './urls.ts';

export const podcastSeries = (podcast: PodcastSettings, site: string): JsonLd => ({
  '@type': 'PodcastSeries',
  name: podcast.title,
  description: podcast.description,
  url: absoluteUrl(paths.podcast(), site),
  webFeed: absoluteUrl(paths.podcastFeed(), site),
  author: { '@type': 'Person', name: podcast.author },
  inLanguage: podcast.language,
  ...(podcast.artwork?.asset?.url ? { image: absoluteUrl(podcast.artwork.asset.url, site) } : {}),
});

export function podcastEpisode(episode: Episode, podcast: PodcastSettings, site: string): JsonLd {
  const audio = audioSource(episode);
  return {
    '@type': 'PodcastEpisode',
    name: episode.title,
    url: absoluteUrl(paths.episode(episode.slug), site),
    datePublished: episode.publishedAt,
    ...(episode.summary ? { description: episode.summary } : {}),
    ...(episode.episodeNumber ? { episodeNumber: episode.episodeNumber } : {}),
    ...(audio
      ? {
          ...(audio.durationSeconds !== null ? { timeRequired: isoDuration(audio.durationSeconds) } : {}),
          associatedMedia: {
            '@type': 'MediaObject',
            contentUrl: absoluteUrl(audio.url, site),
            encodingFormat: audio.mimeType,
            ...(audio.durationSeconds !== null ? { duration: isoDuration(audio.durationSeconds) } : {}),
          },
        }
      : {}),
    partOfSeries: { '@type': 'PodcastSeries', name: podcast.title, url: absoluteUrl(paths.podcast(), site) },
    ...(episode.guests.length ? { actor: episode.guests.map((g) => ({ '@type': 'Person', name: g.name })) } : {}),
  };
}
