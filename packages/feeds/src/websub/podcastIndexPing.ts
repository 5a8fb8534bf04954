import type { PingResult } from './pingResult.ts';
import type { PublishedFeed } from './publishedFeeds.ts';

/** The Podcast Index's "this feed changed" endpoint: a GET with the feed's address, no API key. */
export const PODCAST_INDEX_PUBNOTIFY_URL = 'https://api.podcastindex.org/api/1.0/hub/pubnotify';

/**
 * Tells the Podcast Index that each podcast feed changed (`pubnotify?url=<feed address>`), so it
 * re-reads the feed at once and the apps built on it (Podverse, Fountain, Pocket Casts' search…)
 * see the new episode. It answers JSON with `status` "true" when the feed is marked for update;
 * a feed it does not know yet needs adding once at podcastindex.org/add.
 */
export async function notifyPodcastIndex(
  feeds: readonly PublishedFeed[],
  endpoint = PODCAST_INDEX_PUBNOTIFY_URL,
  get: typeof fetch = fetch,
): Promise<PingResult[]> {
  const results: PingResult[] = [];
  for (const feed of feeds) {
    if (!feed.podcast) continue;
    const url = new URL(endpoint);
    url.searchParams.set('url', feed.self);
    try {
      // The Podcast Index asks every caller to name itself in the User-Agent.
      const response = await get(url, {
        headers: { 'user-agent': 'FamilyRoomMission-deploy/1.0', accept: 'application/json' },
      });
      const answer = (await response.json().catch(() => ({}))) as { status?: unknown; description?: unknown };
      const accepted = response.ok && String(answer.status) !== 'false';
      const words = typeof answer.description === 'string' ? `: ${answer.description}` : '';
      results.push({ feed, to: endpoint, ok: accepted, detail: `HTTP ${response.status}${words}` });
    } catch (error) {
      results.push({ feed, to: endpoint, ok: false, detail: (error as Error).message });
    }
  }
  return results;
}
