import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Post } from '@frm/content';
import { absoluteUrl } from '@frm/content/urls';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';
import { truncateUtf8, xmlSafe } from './xmlText.ts';

export interface BlogFeedOptions {
  siteUrl: string;
  postPath: (post: Post) => string;
  resolveInternalLink: (target: LinkTarget) => string | undefined;
}

/** The feed's channel: what it is about and where it lives. */
export interface BlogFeedChannel {
  title: string;
  description: string;
  /** The page the feed belongs to (the site, or a topic page), with its trailing slash. */
  link: string;
  /** The feed's own URL, for atom:link rel="self". */
  self: string;
  /** WebSub hub (site settings), for atom:link rel="hub"; none when empty. */
  hub: string | null | undefined;
}

/**
 * How many posts a blog feed carries: the newest. Readers poll a feed for what is new and find
 * the archive on the site; a feed of every post grows without end. WordPress carries 10, Ghost 15.
 * The podcast feed, unlike these, lists every episode: podcast apps show the back catalogue from it.
 */
export const BLOG_FEED_POSTS = 20;

const newestFirst = (a: Post, b: Post) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A post as a feed item: full content, absolute URLs, XML-safe text, the author as `<dc:creator>` (RSS's <author> must be an email). */
export function blogFeedItem(post: Post, options: BlogFeedOptions): RSSFeedItem {
  const summary = post.excerpt?.trim() || portableTextPlain(post.body);
  return {
    title: xmlSafe(post.title),
    link: absoluteUrl(options.postPath(post), options.siteUrl),
    pubDate: new Date(post.publishedAt),
    description: truncateUtf8(xmlSafe(summary), 4000),
    content: xmlSafe(portableTextHtml(post.body, { siteUrl: options.siteUrl, resolveInternalLink: options.resolveInternalLink })),
    categories: post.topics.map((topic) => xmlSafe(topic.title)),
    ...(post.author ? { customData: `<dc:creator>${escapeXml(xmlSafe(post.author.name))}</dc:creator>` } : {}),
  };
}

/** A blog feed's items: the newest BLOG_FEED_POSTS posts (then by id), newest first. */
export function blogFeedItems(posts: readonly Post[], options: BlogFeedOptions): RSSFeedItem[] {
  return [...posts].sort(newestFirst).slice(0, BLOG_FEED_POSTS).map((post) => blogFeedItem(post, options));
}

/** What `@astrojs/rss` takes for a blog RSS 2.0 feed (the whole blog or one topic): the newest posts, full content. */
export function blogFeed(channel: BlogFeedChannel, posts: readonly Post[], options: BlogFeedOptions): RSSOptions {
  const self = `<atom:link href="${escapeXml(xmlSafe(channel.self))}" rel="self" type="application/rss+xml"/>`;
  const hub = channel.hub ? `<atom:link href="${escapeXml(xmlSafe(channel.hub))}" rel="hub"/>` : '';
  return {
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: channel.link,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: self + hub,
    items: blogFeedItems(posts, options),
  };
}
