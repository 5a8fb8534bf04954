#!/usr/bin/env node
/*
 * Telling the world a feed changed, for the deploy workflow, in two steps around the deploy:
 *   pnpm feeds:changed site/dist changed-feeds.json   (before: which built feeds differ from the live ones)
 *   pnpm feeds:ping-hub changed-feeds.json            (after: ping each changed feed's WebSub hub, and
 *                                                      the Podcast Index's pubnotify for the podcast feed)
 * Exit 1 when a ping is refused, naming the feed and the answer. PODCAST_INDEX_PUBNOTIFY_URL
 * replaces the Podcast Index endpoint (tests point it at a local server).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PublishedFeed } from '../websub/publishedFeeds.ts';
import { pingHubs } from '../websub/pingHub.ts';
import { notifyPodcastIndex, PODCAST_INDEX_PUBNOTIFY_URL } from '../websub/podcastIndexPing.ts';

// pnpm runs root scripts from the repository root; INIT_CWD is where the command was typed.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

async function main([command, ...args]: string[]): Promise<number> {
  if (command === 'changed' && args.length === 2) {
    // Imported here so `ping` runs on plain Node without `pnpm install` (the deploy job has none).
    const { changedFeeds, publishedFeeds } = await import('../websub/publishedFeeds.ts');
    const dist = fromCaller(args[0]!);
    const feeds = await publishedFeeds(dist);
    const changed = await changedFeeds(dist, feeds);
    await writeFile(fromCaller(args[1]!), `${JSON.stringify(changed, null, 2)}\n`);
    console.log(
      `${feeds.length} feeds to announce (WebSub hub or Podcast Index); ${changed.length} changed: ${changed.map((f) => f.self).join(', ') || 'none'}`,
    );
    return 0;
  }
  if (command === 'ping' && args.length === 1) {
    const feeds = JSON.parse(await readFile(fromCaller(args[0]!), 'utf8')) as PublishedFeed[];
    const results = [
      ...(await pingHubs(feeds)),
      ...(await notifyPodcastIndex(feeds, process.env.PODCAST_INDEX_PUBNOTIFY_URL || PODCAST_INDEX_PUBNOTIFY_URL)),
    ];
    for (const r of results) console.log(`${r.ok ? 'pinged' : 'FAILED'} ${r.to} for ${r.feed.self} (${r.detail})`);
    if (results.length === 0) console.log('No feed changed: no ping sent.');
    return results.every((r) => r.ok) ? 0 : 1;
  }
  console.error('Usage: websub.ts changed <dist folder> <list.json>  |  websub.ts ping <list.json>');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
