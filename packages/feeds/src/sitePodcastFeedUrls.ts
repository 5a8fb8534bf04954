import { documentPath, paths } from '@frm/content/urls';
import type { PodcastFeedUrls } from './podcastFeed.ts';

/**
 * Where the site keeps what the podcast feed links to, from the one path map (@frm/content/urls):
 * the site's feed route and the benchmark build the same feed. Only the transcript differs, since
 * which transcript the site publishes is the site's decision.
 */
export const sitePodcastFeedUrls = (transcript: PodcastFeedUrls['transcript']): PodcastFeedUrls => ({
  feed: paths.podcastFeed(),
  podcastPage: paths.podcast(),
  episodePage: (episode) => paths.episode(episode.slug),
  chapters: (episode) => paths.chapters(episode.slug),
  transcript,
  person: (person) => paths.person(person.slug),
  internalLink: (target) => documentPath(target),
});
