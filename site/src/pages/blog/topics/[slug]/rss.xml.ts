import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from '../../../../lib/collections.ts';
import type { Topic } from '@frm/content';
import { blogFeed } from '@frm/feeds';
import { routeProps } from '../../../../lib/routeProps.ts';
import { documentPath, paths } from '../../../../lib/urls.ts';

/** One RSS feed per blog topic at /blog/topics/<slug>/rss.xml: that topic's newest posts (BLOG_FEED_POSTS in @frm/feeds). */
export const getStaticPaths = (async () =>
  (await getCollection('topics')).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { topic: entry.data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  const { site } = context;
  const { topic } = props as { topic: Topic };
  const settings = (await getEntry('siteSettings', 'siteSettings'))!.data;
  const posts = (await getCollection('posts'))
    .map((entry) => entry.data)
    .filter((post) => post.topics.some((t) => t._id === topic._id));
  const channel = {
    title: `${settings.title}: ${topic.title}`,
    description: topic.description?.trim() || `Posts about ${topic.title} from ${settings.title}.`,
    link: new URL(paths.topic(topic.slug), site).href,
    self: new URL(paths.topicFeed(topic.slug), site).href,
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
