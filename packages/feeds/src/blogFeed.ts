import { XMLBuilder } from 'fast-xml-parser';
import type { Post } from '@frm/content';
import { escapeHtml } from '@frm/content/portableText';
import { absoluteUrl } from '@frm/content/urls';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';
import { firstWords, truncateUtf8, xmlSafe } from './xmlText.ts';

/** Namespaces the blog feed items use (content:encoded's is added when an item has content). */
export const blogFeedNamespaces = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';
/** Media RSS, for the post's image (`media:content`), what Mailchimp's *|RSSITEM:IMAGE|* shows. */
const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** One blog feed item: the fields of an RSS 2.0 item, XML-safe, not yet escaped. */
export interface BlogFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** Full post HTML for content:encoded. */
  content: string;
  categories: string[];
  /** The author's name for `<dc:creator>` (RSS 2.0's own <author> must be an email address). */
  creator?: string;
  /** The post's main image, absolute, for `<media:content medium="image">`. */
  image?: { url: string; width: number; height: number };
}

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

// The XML of the site's feeds before they were written here, by @astrojs/rss: the same builder
// (fast-xml-parser), options and element order, so the files are the same.
const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true, suppressBooleanAttributes: false });

/**
 * How many posts a blog feed carries: the newest. Readers poll a feed for what is new and find
 * the archive on the site; a feed of every post grows without end (5,000 full posts made a 44 MB
 * feed, beyond what feed readers fetch). WordPress carries 10, Ghost 15. The podcast feed, unlike
 * these, lists every episode: podcast apps show the back catalogue from it.
 */
export const BLOG_FEED_POSTS = 20;

const newestFirst = (a: Post, b: Post) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** The posts a blog feed carries: the newest BLOG_FEED_POSTS, newest first (then by id). */
const feedPosts = (posts: readonly Post[]): Post[] => [...posts].sort(newestFirst).slice(0, BLOG_FEED_POSTS);

/** Characters of body text that stand in for a missing excerpt: what email and readers show as the summary. */
export const BLOG_SUMMARY_MAX_CHARS = 300;

/**
 * A post as a feed item: full content, absolute URLs, XML-safe text. RSS-to-email services
 * (Buttondown, Kit, Mailchimp) send the description as the summary and take the item's picture
 * from the first image of the content, so the post's main image leads it.
 */
export function blogFeedItem(post: Post, options: BlogFeedOptions): BlogFeedItem {
  const summary = post.excerpt?.trim() || firstWords(portableTextPlain(post.body), BLOG_SUMMARY_MAX_CHARS);
  const asset = post.mainImage?.asset;
  const image = asset?.url ? { url: absoluteUrl(asset.url, options.siteUrl), width: asset.width, height: asset.height } : undefined;
  const lead = image ? `<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(post.mainImage!.alt)}"></p>` : '';
  const body = portableTextHtml(post.body, { siteUrl: options.siteUrl, resolveInternalLink: options.resolveInternalLink });
  return {
    title: xmlSafe(post.title),
    link: absoluteUrl(options.postPath(post), options.siteUrl),
    pubDate: new Date(post.publishedAt),
    description: truncateUtf8(xmlSafe(summary), 4000),
    content: xmlSafe(lead + body),
    categories: post.topics.map((topic) => xmlSafe(topic.title)),
    ...(post.author ? { creator: xmlSafe(post.author.name) } : {}),
    ...(image ? { image } : {}),
  };
}

/** A blog feed's items: its posts (feedPosts) as feed items. */
export function blogFeedItems(posts: readonly Post[], options: BlogFeedOptions): BlogFeedItem[] {
  return feedPosts(posts).map((post) => blogFeedItem(post, options));
}

/** An item's `<item>` element. */
function itemXml(item: BlogFeedItem): string {
  return builder.build({
    item: {
      ...(item.title ? { title: item.title } : {}),
      link: item.link,
      guid: { '#text': item.link, '@_isPermaLink': 'true' },
      ...(item.description ? { description: item.description } : {}),
      pubDate: item.pubDate.toUTCString(),
      'content:encoded': item.content,
      ...(item.creator !== undefined ? { 'dc:creator': item.creator } : {}),
      ...(item.image ? { 'media:content': { '@_url': item.image.url, '@_medium': 'image', '@_width': String(item.image.width), '@_height': String(item.image.height) } } : {}),
      category: item.categories,
    },
  }) as string;
}

// Each post's <item> by the post: the blog feed and each of its topics' feeds list the same post,
// built once, and kept as UTF-8 bytes, what the feeds are written as. Keyed by the post object (a
// changed post is a new object), valid for one set of options.
const itemByPost = new WeakMap<Post, { options: BlogFeedOptions; bytes: Buffer; hasContent: boolean; hasImage: boolean }>();

const sameOptions = (a: BlogFeedOptions, b: BlogFeedOptions) => a.siteUrl === b.siteUrl && a.postPath === b.postPath && a.resolveInternalLink === b.resolveInternalLink;

function postItem(post: Post, options: BlogFeedOptions): { bytes: Buffer; hasContent: boolean; hasImage: boolean } {
  const known = itemByPost.get(post);
  if (known && sameOptions(known.options, options)) return known;
  const item = blogFeedItem(post, options);
  const built = { options, bytes: Buffer.from(itemXml(item), 'utf8'), hasContent: item.content !== '', hasImage: item.image !== undefined };
  itemByPost.set(post, built);
  return built;
}

/**
 * A blog RSS 2.0 feed (the whole blog or one topic): the newest posts (feedPosts), full content. The
 * XML as UTF-8 bytes in order (the channel's head, each item, the end), for the route to stream.
 * The item chunks are shared between feeds: read them, do not change them.
 */
export function blogFeedChunks(channel: BlogFeedChannel, posts: readonly Post[], options: BlogFeedOptions): readonly Uint8Array[] {
  const items = feedPosts(posts).map((post) => postItem(post, options));
  const namespaces = { ...(items.some((item) => item.hasContent) ? { content: CONTENT_NAMESPACE } : {}), ...blogFeedNamespaces, ...(items.some((item) => item.hasImage) ? { media: MEDIA_NAMESPACE } : {}) };
  const selfLink = { '@_href': xmlSafe(channel.self), '@_rel': 'self', '@_type': 'application/rss+xml' };
  const head = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      ...Object.fromEntries(Object.entries(namespaces).map(([prefix, uri]) => [`@_xmlns:${prefix}`, uri])),
      channel: {
        title: xmlSafe(channel.title),
        description: xmlSafe(channel.description),
        link: channel.link,
        'atom:link': channel.hub ? [selfLink, { '@_href': xmlSafe(channel.hub), '@_rel': 'hub' }] : [selfLink],
      },
    },
  }) as string;
  // The items go at the end of the channel, each built once (see postItem).
  const end = '</channel></rss>';
  if (!head.endsWith(end)) throw new Error(`blog feed: the channel XML does not end with ${end}`);
  return [Buffer.from(head.slice(0, -end.length), 'utf8'), ...items.map((item) => item.bytes), Buffer.from(end, 'utf8')];
}
