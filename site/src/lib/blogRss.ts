import type { Post } from '@frm/content';
import { blogFeedXml, type BlogFeedChannel, type BlogFeedOptions } from '@frm/feeds';
import { documentPath, paths } from './urls.ts';

export interface BlogRssOptions extends BlogFeedChannel {
  site: URL;
  posts: Post[];
}

// One function for every feed, so each post's item is built once for all of them (blogFeedXml).
const postPath: BlogFeedOptions['postPath'] = (post) => paths.post(post.slug);

/** A blog RSS feed (the whole blog or one topic): full posts, newest first, authors and topics. */
export function blogRss({ site, posts, ...channel }: BlogRssOptions): Response {
  return new Response(blogFeedXml(channel, posts, { siteUrl: site.href, postPath, resolveInternalLink: documentPath }), { headers: { 'Content-Type': 'application/xml' } });
}
