import type { PublishedFeed } from './publishedFeeds.ts';

/** What a service answered when told that a feed changed. */
export interface PingResult {
  feed: PublishedFeed;
  /** Whom we told: the hub's address, or the Podcast Index endpoint. */
  to: string;
  ok: boolean;
  /** HTTP status (and the service's words), or the network error. */
  detail: string;
}
