import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Post } from '@frm/content';
import { absoluteUrl } from '@frm/content/urls';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';
import { firstWords, truncateUtf8, xmlSafe } from './xmlText.ts';

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

const newestFirst = (a: Post, b: Post) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** Escapes text for XML elements and attributes (rss-parser does not read an HTML escaper's &#x27;). */
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Media RSS, for the post's image (`media:content`), what Mailchimp's *|RSSITEM:IMAGE|* shows. */
const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** Characters of body text that stand in for a missing excerpt: what email and readers show as the summary. */
export const BLOG_SUMMARY_MAX_CHARS = 300;

/**
 * A post as a feed item: full content, absolute URLs, XML-safe text, the author as `<dc:creator>`
 * (RSS's <author> must be an email). RSS-to-email services (Buttondown, Kit, Mailchimp) send the
 * description as the summary and take the item's picture from `media:content` or the first image
 * of the content, so the post's main image leads it.
 */
export function blogFeedItem(post: Post, options: BlogFeedOptions): RSSFeedItem {
  const summary = post.excerpt?.trim() || firstWords(portableTextPlain(post.body), BLOG_SUMMARY_MAX_CHARS);
  const asset = post.mainImage?.asset;
  const image = asset?.url
    ? { url: absoluteUrl(asset.url, options.siteUrl), width: asset.width, height: asset.height }
    : undefined;
  const lead = image ? `<p><img src="${escapeXml(image.url)}" alt="${escapeXml(post.mainImage!.alt)}"></p>` : '';
  const body = portableTextHtml(post.body, {
    siteUrl: options.siteUrl,
    resolveInternalLink: options.resolveInternalLink,
  });
  const creator = post.author ? `<dc:creator>${escapeXml(xmlSafe(post.author.name))}</dc:creator>` : '';
  const media = image
    ? `<media:content url="${escapeXml(xmlSafe(image.url))}" medium="image" width="${image.width}" height="${image.height}"/>`
    : '';
  return {
    title: xmlSafe(post.title),
    link: absoluteUrl(options.postPath(post), options.siteUrl),
    pubDate: new Date(post.publishedAt),
    description: truncateUtf8(xmlSafe(summary), 4000),
    content: xmlSafe(lead + body),
    categories: post.topics.map((topic) => xmlSafe(topic.title)),
    ...(creator || media ? { customData: creator + media } : {}),
  };
}

/** A blog feed's items: the newest BLOG_FEED_POSTS posts (then by id), newest first. */
export function blogFeedItems(posts: readonly Post[], options: BlogFeedOptions): RSSFeedItem[] {
  return [...posts]
    .sort(newestFirst)
    .slice(0, BLOG_FEED_POSTS)
    .map((post) => blogFeedItem(post, options));
}

/** What `@astrojs/rss` takes for a blog RSS 2.0 feed (the whole blog or one topic): the newest posts, full content. */
export function blogFeed(channel: BlogFeedChannel, posts: readonly Post[], options: BlogFeedOptions): RSSOptions {
  const self = `<atom:link href="${escapeXml(xmlSafe(channel.self))}" rel="self" type="application/rss+xml"/>`;
  const hub = channel.hub ? `<atom:link href="${escapeXml(xmlSafe(channel.hub))}" rel="hub"/>` : '';
  const items = blogFeedItems(posts, options);
  return {
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: channel.link,
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      ...(items.some((item) => item.customData?.includes('<media:content')) ? { media: MEDIA_NAMESPACE } : {}),
    },
    customData: self + hub,
    items,
  };
}
