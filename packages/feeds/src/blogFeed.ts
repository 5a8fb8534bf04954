import type { Post } from '@frm/content';
import { absoluteUrl } from '@frm/content/urls';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';
import { truncateUtf8, xmlSafe } from './xmlText.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Namespaces the blog feed items use. */
export const blogFeedNamespaces = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

/** One blog feed item, in the shape @astrojs/rss takes (no dependency on it here). */
export interface BlogFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** Full post HTML for content:encoded. */
  content: string;
  categories: string[];
  /** `<dc:creator>` with the author's name (RSS 2.0's own <author> must be an email address). */
  customData?: string;
}

export interface BlogFeedOptions {
  siteUrl: string;
  postPath: (post: Post) => string;
  resolveInternalLink: (target: LinkTarget) => string | undefined;
}

const escapeAttribute = (text: string) => escapeXml(xmlSafe(text)).replace(/"/g, '&quot;');

/** The channel's atom links: the feed's own address and, when set, its WebSub hub. */
export function blogFeedChannelLinks(self: string, hub: string | null | undefined): string {
  const selfLink = `<atom:link href="${escapeAttribute(self)}" rel="self" type="application/rss+xml"/>`;
  return hub ? `${selfLink}<atom:link href="${escapeAttribute(hub)}" rel="hub"/>` : selfLink;
}

// A post's feed HTML by its body: the blog feed and each of its topics' feeds list the same post,
// rendered once. Keyed by the body object (a changed post is a new object), valid for one set of
// link options.
const contentByBody = new WeakMap<Post['body'], { siteUrl: string; resolveInternalLink: BlogFeedOptions['resolveInternalLink']; content: string }>();

function feedContent(post: Post, { siteUrl, resolveInternalLink }: BlogFeedOptions): string {
  const known = contentByBody.get(post.body);
  if (known && known.siteUrl === siteUrl && known.resolveInternalLink === resolveInternalLink) return known.content;
  const content = xmlSafe(portableTextHtml(post.body, { siteUrl, resolveInternalLink }));
  contentByBody.set(post.body, { siteUrl, resolveInternalLink, content });
  return content;
}

/** Blog posts as feed items: newest first, every post, full content, absolute URLs, XML-safe text. */
export function blogFeedItems(posts: readonly Post[], options: BlogFeedOptions): BlogFeedItem[] {
  return [...posts]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    .map((post) => {
      const summary = post.excerpt?.trim() || portableTextPlain(post.body);
      return {
        title: xmlSafe(post.title),
        link: absoluteUrl(options.postPath(post), options.siteUrl),
        pubDate: new Date(post.publishedAt),
        description: truncateUtf8(xmlSafe(summary), 4000),
        content: feedContent(post, options),
        categories: post.topics.map((topic) => xmlSafe(topic.title)),
        ...(post.author ? { customData: `<dc:creator>${escapeXml(xmlSafe(post.author.name))}</dc:creator>` } : {}),
      };
    });
}
