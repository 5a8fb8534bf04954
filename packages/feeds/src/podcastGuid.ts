import { v5 as uuidv5 } from 'uuid';

/** The Podcasting 2.0 namespace for podcast:guid (UUIDv5 of the feed URL). */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/**
 * podcast:guid derived from a feed URL as the Podcasting 2.0 namespace defines it: UUIDv5 of the
 * URL without its scheme (`https://`) and without trailing slashes.
 */
export function podcastGuid(feedUrl: string): string {
  const name = feedUrl
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/+$/, '');
  return uuidv5(name, PODCAST_GUID_NAMESPACE);
}
