import type { Post } from '@frm/content';
import { blogFeedChunks, type BlogFeedChannel, type BlogFeedOptions } from '@frm/feeds';
import { documentPath, paths } from './urls.ts';

export interface BlogRssOptions extends BlogFeedChannel {
  site: URL;
  posts: Post[];
}

// One function for every feed, so each post's item is built once for all of them (blogFeedChunks).
const postPath: BlogFeedOptions['postPath'] = (post) => paths.post(post.slug);

/** A blog RSS feed (the whole blog or one topic): full posts, newest first, authors and topics. */
export function blogRss({ site, posts, ...channel }: BlogRssOptions): Response {
  const chunks = blogFeedChunks(channel, posts, { siteUrl: site.href, postPath, resolveInternalLink: documentPath });
  // Streamed: the response's bytes are gathered once, not first copied into one buffer here.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
}
