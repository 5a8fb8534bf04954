import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { podcastFeed } from '@frm/feeds';
import { transcriptFile } from '../../lib/transcripts.ts';
import { documentPath, paths } from '../../lib/urls.ts';

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
    now: process.env.BUILD_TIME ? new Date(process.env.BUILD_TIME) : new Date(),
    urls: {
      feed: paths.podcastFeed(),
      podcastPage: paths.podcast(),
      episodePage: (episode) => paths.episode(episode.slug),
      chapters: (episode) => paths.chapters(episode.slug),
      transcript: (episode) => {
        const file = transcriptFile(episode);
        const uploaded = file && file.extension !== 'txt' ? episode.transcript?.file?.url : undefined;
        // Same rule as podcast/transcripts/[file].ts: an upload the build cannot read is not published.
        if (!file || (uploaded && !/^(https?:\/\/|\/media\/)/i.test(uploaded))) return undefined;
        return { url: file.path, type: file.mimeType };
      },
      person: (person) => paths.person(person.slug),
      internalLink: (target) => documentPath(target),
    },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
