import type { PingResult } from './pingResult.ts';
import type { PublishedFeed } from './publishedFeeds.ts';

/**
 * Tells each feed's WebSub hub that the feed changed (a "publish" ping, form-encoded
 * hub.mode=publish and hub.url=<feed address>); the hub then fetches the feed and pushes it to
 * subscribers. Hubs answer 2xx (usually 204) when they accept it. Feeds without a hub are skipped.
 */
export async function pingHubs(feeds: readonly PublishedFeed[], post: typeof fetch = fetch): Promise<PingResult[]> {
  const results: PingResult[] = [];
  for (const feed of feeds) {
    if (!feed.hub) continue;
    const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feed.self });
    try {
      const response = await post(feed.hub, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      results.push({ feed, to: feed.hub, ok: response.ok, detail: `HTTP ${response.status}` });
    } catch (error) {
      results.push({ feed, to: feed.hub, ok: false, detail: (error as Error).message });
    }
  }
  return results;
}
