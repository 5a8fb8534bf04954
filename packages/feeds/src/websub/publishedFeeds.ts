import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** A built feed someone is told about after a deploy: its WebSub hub, and for a podcast the Podcast Index. */
export interface PublishedFeed {
  /** Path of the file under the dist folder. */
  file: string;
  /** Its public address (atom:link rel="self"), the topic the hub is told about. */
  self: string;
  /** The WebSub hub it announces, if any. */
  hub: string | null;
  /** A podcast feed (Podcasting 2.0 namespace): the Podcast Index is told about it too. */
  podcast: boolean;
}

const PODCAST_NAMESPACE = 'xmlns:podcast="https://podcastindex.org/namespace/1.0"';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'atom:link',
});

/** Every RSS feed under `dist` with a self link and a hub or the podcast namespace (the podcast feed and the blog feeds with a hub). */
export async function publishedFeeds(dist: string): Promise<PublishedFeed[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.xml')).sort();
  const feeds: PublishedFeed[] = [];
  for (const file of files) {
    const xml = await readFile(join(dist, file), 'utf8');
    const podcast = xml.includes(PODCAST_NAMESPACE);
    if (!podcast && !xml.includes('rel="hub"')) continue;
    const links = (parser.parse(xml)?.rss?.channel?.['atom:link'] ?? []) as Array<{ href?: string; rel?: string }>;
    const self = links.find((l) => l.rel === 'self')?.href;
    const hub = links.find((l) => l.rel === 'hub')?.href ?? null;
    if (self && (hub || podcast)) feeds.push({ file, self, hub, podcast });
  }
  return feeds;
}

/**
 * The feeds whose built bytes differ from what their public address serves now: run before the
 * deploy, so these are the feeds the deploy changes. A feed not served yet (any non-200) counts as changed.
 */
export async function changedFeeds(
  dist: string,
  feeds: readonly PublishedFeed[],
  fetchLive: typeof fetch = fetch,
): Promise<PublishedFeed[]> {
  const changed: PublishedFeed[] = [];
  for (const feed of feeds) {
    const built = await readFile(join(dist, feed.file), 'utf8');
    const live = await fetchLive(feed.self, { redirect: 'follow', headers: { 'cache-control': 'no-cache' } }).catch(
      () => undefined,
    );
    if (!live || live.status !== 200 || (await live.text()) !== built) changed.push(feed);
  }
  return changed;
}
