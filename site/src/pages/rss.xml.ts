import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { blogRss } from '../lib/blogRss.ts';
import { paths } from '../lib/urls.ts';

/** The blog's RSS feed: the newest posts (BLOG_FEED_POSTS in @frm/feeds), with the full post in content:encoded. */
export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const posts = (await getCollection('posts')).map((entry) => entry.data);
  return blogRss({ title: settings.title, description: settings.description, link: site!.href, self: new URL(paths.blogFeed(), site).href, hub: settings.websubHub, site: site!, posts });
};
