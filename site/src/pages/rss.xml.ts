import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from '../lib/collections.ts';
import { blogFeed } from '@frm/feeds';
import { documentPath, paths } from '../lib/urls.ts';

/** The blog's RSS feed: the newest posts (BLOG_FEED_POSTS in @frm/feeds), with the full post in content:encoded. */
export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const posts = (await getCollection('posts')).map((entry) => entry.data);
  const channel = {
    title: settings.title,
    description: settings.description,
    link: site!.href,
    self: new URL(paths.blogFeed(), site).href,
    hub: settings.websubHub,
  };
  return rss(
    blogFeed(channel, posts, {
      siteUrl: site!.href,
      postPath: (post) => paths.post(post.slug),
      resolveInternalLink: documentPath,
    }),
  );
};
