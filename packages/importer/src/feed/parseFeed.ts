import { attrOf, isNode, listOf, parseRssChannel, textOf, type XmlNode } from './parseXml.ts';

/*
 * The podcast-relevant values of an RSS feed, as strings straight from the XML. Hosts differ in
 * which optional tags they write (Anchor/Spotify, Buzzsprout, Libsyn, Podbean, Transistor,
 * Captivate, WordPress PowerPress), so every value may be missing; the mappers decide what a
 * missing value means.
 */

export interface FeedCategory {
  category: string;
  subcategory: string | null;
}

export interface FeedShow {
  title: string;
  description: string;
  link: string;
  author: string;
  ownerName: string;
  ownerEmail: string;
  language: string;
  categories: FeedCategory[];
  explicit: string;
  imageUrl: string;
  podcastGuid: string;
  type: string;
  copyright: string;
  newFeedUrl: string;
  locked: string;
  funding: Array<{ url: string; label: string }>;
}

export interface FeedItem {
  /** 1-based position in the feed, for reports. */
  position: number;
  guid: string;
  title: string;
  pubDate: string;
  enclosureUrl: string;
  enclosureType: string;
  enclosureLength: string;
  duration: string;
  season: string;
  episode: string;
  episodeType: string;
  explicit: string;
  imageUrl: string;
  /** Show notes HTML: content:encoded, else description, else itunes:summary. */
  notesHtml: string;
  /** Plain summary candidates in order of preference. */
  itunesSummary: string;
  subtitle: string;
  description: string;
  chaptersUrl: string;
  chaptersType: string;
  transcripts: Array<{ url: string; type: string; language: string }>;
  link: string;
}

export interface ParsedFeed {
  show: FeedShow;
  items: FeedItem[];
}

export function parseFeed(xml: string, source: string): ParsedFeed {
  const channel = parseRssChannel(xml, source);
  return {
    show: readShow(channel),
    items: listOf(channel.item)
      .filter(isNode)
      .map((item, i) => readItem(item, i + 1)),
  };
}

function readShow(channel: XmlNode): FeedShow {
  const owner = channel['itunes:owner'];
  const ownerNode = isNode(owner) ? owner : {};
  const itunesImage = attrOf(channel['itunes:image'], 'href') || textOf(channel['itunes:image']);
  const rssImage = isNode(channel.image) ? textOf(channel.image.url) : '';
  return {
    title: textOf(channel.title),
    description: textOf(channel.description) || textOf(channel['itunes:summary']) || textOf(channel['itunes:subtitle']),
    link: linkOf(channel.link),
    author:
      textOf(channel['itunes:author']) ||
      textOf(channel['googleplay:author']) ||
      textOf(channel.managingEditor).replace(/^[^(]*\(([^)]+)\)$/, '$1'),
    ownerName: textOf(ownerNode['itunes:name']),
    ownerEmail: textOf(ownerNode['itunes:email']) || textOf(channel['googleplay:email']),
    language: textOf(channel.language),
    categories: readCategories(channel['itunes:category']),
    explicit: textOf(channel['itunes:explicit']),
    imageUrl: itunesImage || rssImage,
    podcastGuid: textOf(channel['podcast:guid']),
    type: textOf(channel['itunes:type']),
    copyright: textOf(channel.copyright),
    newFeedUrl: textOf(channel['itunes:new-feed-url']),
    locked: textOf(channel['podcast:locked']),
    funding: listOf(channel['podcast:funding'])
      .map((f) => ({ url: attrOf(f, 'url'), label: textOf(f) }))
      .filter((f) => f.url !== ''),
  };
}

function readCategories(value: unknown): FeedCategory[] {
  return listOf(value).flatMap((node): FeedCategory[] => {
    const category = attrOf(node, 'text');
    if (category === '') return [];
    const subs = isNode(node)
      ? listOf(node['itunes:category'])
          .map((sub) => attrOf(sub, 'text'))
          .filter((s) => s !== '')
      : [];
    return subs.length === 0
      ? [{ category, subcategory: null }]
      : subs.map((subcategory) => ({ category, subcategory }));
  });
}

/** `<link>` may repeat (an atom:link lookalike without prefix); the text one is the web page. */
function linkOf(value: unknown): string {
  for (const link of listOf(value)) {
    const text = textOf(link);
    if (text !== '') return text;
  }
  return '';
}

function readItem(item: XmlNode, position: number): FeedItem {
  const enclosure = listOf(item.enclosure)[0];
  const guid = textOf(item.guid);
  const chapters = listOf(item['podcast:chapters'])[0];
  const description = textOf(item.description);
  const encoded = textOf(item['content:encoded']);
  const itunesSummary = textOf(item['itunes:summary']);
  return {
    position,
    guid,
    title: textOf(item.title) || textOf(item['itunes:title']),
    pubDate: textOf(item.pubDate) || textOf(item['dc:date']),
    enclosureUrl: attrOf(enclosure, 'url'),
    enclosureType: attrOf(enclosure, 'type'),
    enclosureLength: attrOf(enclosure, 'length'),
    duration: textOf(item['itunes:duration']),
    season: textOf(item['itunes:season']) || textOf(item['podcast:season']),
    episode: textOf(item['itunes:episode']) || textOf(item['podcast:episode']),
    episodeType: textOf(item['itunes:episodeType']),
    explicit: textOf(item['itunes:explicit']),
    imageUrl: attrOf(item['itunes:image'], 'href') || textOf(item['itunes:image']),
    notesHtml: encoded.length >= description.length ? encoded || itunesSummary : description,
    itunesSummary,
    subtitle: textOf(item['itunes:subtitle']),
    description,
    chaptersUrl: attrOf(chapters, 'url'),
    chaptersType: attrOf(chapters, 'type'),
    transcripts: listOf(item['podcast:transcript'])
      .map((t) => ({ url: attrOf(t, 'url'), type: attrOf(t, 'type'), language: attrOf(t, 'language') }))
      .filter((t) => t.url !== ''),
    link: linkOf(item.link),
  };
}
