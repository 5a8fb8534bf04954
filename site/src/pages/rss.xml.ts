import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { blogFeedItems, xmlSafe } from '@frm/feeds';
import { documentPath, paths } from '../lib/urls.ts';

/** The blog's RSS feed: every post, newest first, with the full post in content:encoded. */
export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const posts = (await getCollection('posts')).map((entry) => entry.data);
  return rss({
    title: xmlSafe(settings.title),
    description: xmlSafe(settings.description),
    site: site!.href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL(paths.blogFeed(), site).href}" rel="self" type="application/rss+xml"/>`,
    items: blogFeedItems(posts, { siteUrl: site!.href, postPath: (post) => paths.post(post.slug), resolveInternalLink: documentPath }),
  });
};
