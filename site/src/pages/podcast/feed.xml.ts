import type { APIRoute } from 'astro';
import { getCollection, getEntry } from '../../lib/collections.ts';
import { buildTime } from '@frm/content/env';
import { podcastFeed, sitePodcastFeedUrls } from '@frm/feeds';
import { transcriptFile } from '../../lib/transcripts.ts';

/**
 * The podcast's RSS feed at its stable address, /podcast/feed.xml (never move it: directories
 * follow it; to move, set "New feed address" in the show settings). Every published episode,
 * newest first. Invalid show settings or episodes stop the build with one report.
 */
export const GET: APIRoute = async ({ site }) => {
  const podcast = (await getEntry('podcast', 'podcast'))!.data;
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const episodes = (await getCollection('episodes')).map((entry) => entry.data);
  const xml = podcastFeed({
    podcast,
    episodes,
    site: { url: site!.href },
    hub: settings.websubHub,
    // The content is already cut at the build time; this also keeps the feed to what it lists.
    now: buildTime(),
    // lib/transcripts.ts decides which transcript the site publishes (an upload the build cannot read is not).
    urls: sitePodcastFeedUrls((episode) => {
      const file = transcriptFile(episode);
      return file && { url: file.path, type: file.mimeType };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
