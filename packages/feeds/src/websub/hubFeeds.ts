import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** A built feed that announces a WebSub hub. */
export interface HubFeed {
  /** Path of the file under the dist folder. */
  file: string;
  /** Its public address (atom:link rel="self"), the topic the hub is told about. */
  self: string;
  hub: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'atom:link' });

/** Every RSS feed under `dist` with both a self and a hub link (the podcast feed and the blog feeds). */
export async function hubFeeds(dist: string): Promise<HubFeed[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.xml')).sort();
  const feeds: HubFeed[] = [];
  for (const file of files) {
    const xml = await readFile(join(dist, file), 'utf8');
    if (!xml.includes('rel="hub"')) continue;
    const links = (parser.parse(xml)?.rss?.channel?.['atom:link'] ?? []) as Array<{ href?: string; rel?: string }>;
    const self = links.find((l) => l.rel === 'self')?.href;
    const hub = links.find((l) => l.rel === 'hub')?.href;
    if (self && hub) feeds.push({ file, self, hub });
  }
  return feeds;
}

/**
 * The feeds whose built bytes differ from what their public address serves now: run before the
 * deploy, so these are the feeds the deploy changes. A feed not served yet (any non-200) counts as changed.
 */
export async function changedFeeds(dist: string, feeds: readonly HubFeed[], fetchLive: typeof fetch = fetch): Promise<HubFeed[]> {
  const changed: HubFeed[] = [];
  for (const feed of feeds) {
    const built = await readFile(join(dist, feed.file), 'utf8');
    const live = await fetchLive(feed.self, { redirect: 'follow', headers: { 'cache-control': 'no-cache' } }).catch(() => undefined);
    if (!live || live.status !== 200 || (await live.text()) !== built) changed.push(feed);
  }
  return changed;
}
