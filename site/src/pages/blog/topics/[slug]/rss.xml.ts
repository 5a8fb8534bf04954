import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import type { Topic } from '@frm/content';
import { blogFeedItems, xmlSafe } from '@frm/feeds';
import { documentPath, paths } from '../../../../lib/urls.ts';

/** One RSS feed per blog topic at /blog/topics/<slug>/rss.xml: that topic's posts, newest first. */
export const getStaticPaths = (async () => (await getCollection('topics')).map((entry) => ({ params: { slug: entry.data.slug }, props: { topic: entry.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { topic } = props as { topic: Topic };
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const posts = (await getCollection('posts')).map((entry) => entry.data).filter((post) => post.topics.some((t) => t._id === topic._id));
  return rss({
    title: xmlSafe(`${settings.title}: ${topic.title}`),
    description: xmlSafe(topic.description?.trim() || `Posts about ${topic.title} from ${settings.title}.`),
    site: new URL(paths.topic(topic.slug), site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL(paths.topicFeed(topic.slug), site).href}" rel="self" type="application/rss+xml"/>`,
    items: blogFeedItems(posts, { siteUrl: site!.href, postPath: (post) => paths.post(post.slug), resolveInternalLink: documentPath }),
  });
};
