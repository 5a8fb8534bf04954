import rss from '@astrojs/rss';
import type { Post } from '@frm/content';
import { blogFeedItems, blogFeedNamespaces, xmlSafe } from '@frm/feeds';
import { documentPath, paths } from './urls.ts';

export interface BlogRssOptions {
  title: string;
  description: string;
  /** The page the feed belongs to (the site, or a topic page). */
  link: string;
  /** The feed's own URL, for atom:link rel="self". */
  self: string;
  site: URL;
  posts: Post[];
}

/** A blog RSS feed (the whole blog or one topic): full posts, newest first, authors and topics. */
export function blogRss({ title, description, link, self, site, posts }: BlogRssOptions): Promise<Response> {
  return rss({
    title: xmlSafe(title),
    description: xmlSafe(description),
    site: link,
    trailingSlash: true,
    xmlns: blogFeedNamespaces,
    customData: `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: blogFeedItems(posts, { siteUrl: site.href, postPath: (post) => paths.post(post.slug), resolveInternalLink: documentPath }),
  });
}
