import type { EpisodeSummary } from '@frm/content';

/** Where the episode's audio plays from: the uploaded file, else the external URL. */
export function audioSource(
  episode: Pick<EpisodeSummary, 'audio'>,
): { url: string; mimeType: string; durationSeconds: number | null } | undefined {
  const audio = episode.audio;
  const url = audio?.file?.url ?? audio?.url;
  return audio && url ? { url, mimeType: audio.mimeType, durationSeconds: audio.durationSeconds } : undefined;
}

/** "S2 · E5", "Trailer", "Bonus": how the show labels an episode. */
export function episodeLabel(episode: Pick<EpisodeSummary, 'season' | 'episodeNumber' | 'episodeType'>): string {
  const parts = [
    episode.season ? `Season ${episode.season}` : '',
    episode.episodeType === 'full' && episode.episodeNumber ? `Episode ${episode.episodeNumber}` : '',
  ];
  if (episode.episodeType !== 'full') parts.push(episode.episodeType === 'trailer' ? 'Trailer' : 'Bonus');
  return parts.filter(Boolean).join(' · ');
}

/** id of the episode's <audio> element, which chapter and transcript buttons seek. */
export const playerId = (slug: string) => `player-${slug}`;

/**
 * The episode page's title: the episode's own title, then which show it belongs to, so it never
 * equals the title of a post with the same name ("Sabbath Rhythms · Family Room Mission Podcast episode").
 */
export function episodePageTitle(episode: Pick<EpisodeSummary, 'title' | 'episodeType'>, podcastTitle: string): string {
  const kind =
    episode.episodeType === 'trailer' ? 'trailer' : episode.episodeType === 'bonus' ? 'bonus episode' : 'episode';
  return `${episode.title} · ${podcastTitle} ${kind}`;
}
