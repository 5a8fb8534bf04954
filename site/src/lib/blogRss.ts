import rss from '@astrojs/rss';
import type { Post } from '@frm/content';
import { blogFeedChannelLinks, blogFeedItems, blogFeedNamespaces, xmlSafe } from '@frm/feeds';
import { documentPath, paths } from './urls.ts';

export interface BlogRssOptions {
  title: string;
  description: string;
  /** The page the feed belongs to (the site, or a topic page). */
  link: string;
  /** The feed's own URL, for atom:link rel="self". */
  self: string;
  /** WebSub hub (site settings), for atom:link rel="hub"; none when empty. */
  hub: string | null;
  site: URL;
  posts: Post[];
}

/** A blog RSS feed (the whole blog or one topic): full posts, newest first, authors and topics. */
export function blogRss({ title, description, link, self, hub, site, posts }: BlogRssOptions): Promise<Response> {
  return rss({
    title: xmlSafe(title),
    description: xmlSafe(description),
    site: link,
    trailingSlash: true,
    xmlns: blogFeedNamespaces,
    customData: blogFeedChannelLinks(self, hub),
    items: blogFeedItems(posts, { siteUrl: site.href, postPath: (post) => paths.post(post.slug), resolveInternalLink: documentPath }),
  });
}
