import { XMLBuilder } from 'fast-xml-parser';
import { safeHref, type Episode, type FundingLink, type PersonSummary, type PodcastSettings } from '@frm/content';
import { chapterTimestampLines, feedTextLimits, licenseTag, withAnalyticsPrefix } from '@frm/content/rules';
import { escapeHtml } from '@frm/content/portableText';
import { updateFrequencies } from '@frm/content/vocabulary';
import { absoluteUrl } from '@frm/content/urls';
import { CHAPTERS_MIME_TYPE } from './chaptersJson.ts';
import { episodeGuid } from './episodeGuid.ts';
import { assertFeedPublishable, isValidArtwork } from './feedProblems.ts';
import { podcastGuid } from './podcastGuid.ts';
import { podcastImageTag } from './podcastImage.ts';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';
import { rfc2822 } from './rfc2822.ts';
import { truncateUtf8, utf8Length, xmlSafe } from './xmlText.ts';

export const namespaces = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** Apple truncates longer descriptions; the limit is in bytes of UTF-8. */
export const DESCRIPTION_MAX_BYTES = 4000;

/**
 * Where things are on the site. Each resolver may return a site-relative path or an absolute
 * URL; the feed makes every URL absolute against `siteUrl`.
 */
export interface PodcastFeedUrls {
  /** This feed's own URL (atom:link rel="self"; podcast:guid is derived from it when not set). */
  feed: string;
  /** The show's page on the site (channel link). */
  podcastPage: string;
  episodePage: (episode: Episode) => string;
  /** The episode's JSON chapters file; asked only for episodes with chapters. */
  chapters: (episode: Episode) => string;
  /** The episode's published transcript file, or undefined when it has none. */
  transcript: (episode: Episode) => { url: string; type: string } | undefined;
  /** A guest's page on the site, used when the guest has no own web address. */
  person: (person: PersonSummary) => string | undefined;
  /** Internal links in show notes. */
  internalLink: (target: LinkTarget) => string | undefined;
}

export interface PodcastFeedInput {
  podcast: PodcastSettings;
  /** Any order; drafts must already be excluded (the queries do). */
  episodes: readonly Episode[];
  site: { url: string };
  /** WebSub hub announced with `<atom:link rel="hub">`; no hub link when empty. */
  hub?: string | null;
  /** What counts as now: episodes published later are left out. */
  now: Date | string;
  urls: PodcastFeedUrls;
}

/** Episodes the feed lists: with audio, published at or before `now`, newest first. */
export function feedEpisodes(episodes: readonly Episode[], now: Date | string): Episode[] {
  const cutoff = new Date(now).getTime();
  if (Number.isNaN(cutoff)) throw new Error(`"${String(now)}" is not a date`);
  return episodes
    .filter((e) => e.audio !== null && (e.audio.file?.url || e.audio.url) && Date.parse(e.publishedAt) <= cutoff)
    .map((e) => ({ episode: e, time: Date.parse(e.publishedAt) }))
    .sort((a, b) => b.time - a.time || (a.episode._id < b.episode._id ? -1 : a.episode._id > b.episode._id ? 1 : 0))
    .map((e) => e.episode);
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
  // Every text and attribute value passes here: nothing XML 1.0 forbids reaches the output.
  tagValueProcessor: (_name: string, value: unknown) => (typeof value === 'string' ? xmlSafe(value) : value),
  attributeValueProcessor: (_name: string, value: unknown) => (typeof value === 'string' ? xmlSafe(value) : value),
});

type XmlNode = Record<string, unknown>;

/** Drops undefined members so optional elements are left out rather than written empty. */
function compact(node: XmlNode): XmlNode {
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(node))
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  return out;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const trueFalse = (value: boolean) => (value ? 'true' : 'false');

/** The text cut to Apple's limit; `ending` (chapter timestamps) is kept whole after it when it fits in half the limit. */
function description(text: string, ending: readonly string[] = []): string {
  const body = xmlSafe(text).trim();
  if (ending.length === 0) return truncateUtf8(body, DESCRIPTION_MAX_BYTES);
  const tail = `\n\n${xmlSafe(ending.join('\n'))}`;
  const room = Math.max(DESCRIPTION_MAX_BYTES - utf8Length(tail), DESCRIPTION_MAX_BYTES / 2);
  return truncateUtf8(truncateUtf8(body, room) + tail, DESCRIPTION_MAX_BYTES);
}

/**
 * The podcast's RSS feed (RSS 2.0 with the Apple Podcasts and Podcasting 2.0 namespaces, per the
 * Podcast Standards Project's PSP-1). Pure: the same input always gives the same bytes.
 * Throws a ContentError listing every problem that would make a directory reject the feed.
 */
export function podcastFeed(input: PodcastFeedInput): string {
  const { podcast, site, urls } = input;
  const abs = (url: string) => absoluteUrl(url, site.url);
  const episodes = feedEpisodes(input.episodes, input.now);
  assertFeedPublishable(podcast, episodes);

  const feedUrl = abs(urls.feed);
  const artworkUrl = abs(podcast.artwork!.asset!.url!);
  const newest = episodes[0];

  const self = { '@_href': feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' };
  const channel = compact({
    'atom:link': input.hub ? [self, { '@_href': input.hub, '@_rel': 'hub' }] : self,
    title: podcast.title,
    link: abs(urls.podcastPage),
    description: description(podcast.description),
    language: podcast.language.toLowerCase(),
    copyright: podcast.copyright?.trim() || undefined,
    pubDate: newest ? rfc2822(newest.publishedAt) : undefined,
    lastBuildDate: newest ? rfc2822(newest.publishedAt) : undefined,
    generator: 'Family Room Mission (@frm/feeds)',
    image: { url: artworkUrl, title: podcast.title, link: abs(urls.podcastPage) },
    'itunes:image': { '@_href': artworkUrl },
    'podcast:image': [
      podcastImageTag(podcast.artwork, 'artwork', abs),
      podcastImageTag(podcast.wideImage, 'artwork social', abs),
    ].filter((tag) => tag !== undefined),
    'itunes:category': podcast.categories.map((c) =>
      compact({ '@_text': c.category, 'itunes:category': c.subcategory ? { '@_text': c.subcategory } : undefined }),
    ),
    'itunes:explicit': trueFalse(podcast.explicit),
    'itunes:author': podcast.author,
    'itunes:owner': { 'itunes:name': podcast.ownerName, 'itunes:email': podcast.ownerEmail },
    'itunes:type': podcast.type,
    'itunes:new-feed-url': podcast.newFeedUrl ?? undefined,
    'podcast:guid': podcast.podcastGuid ?? podcastGuid(feedUrl),
    'podcast:locked': { '@_owner': podcast.ownerEmail, '#text': yesNo(podcast.locked) },
    'podcast:funding': fundingTags(podcast.funding),
    'podcast:person': podcast.hosts.map((host) => personTag(host, 'host', urls, abs)),
    'podcast:medium': podcast.medium ?? undefined,
    'podcast:license': licenseElement(podcast),
    'podcast:txt': podcast.txt.map((t) => compact({ '@_purpose': t.purpose?.trim() || undefined, '#text': t.text })),
    'podcast:updateFrequency': updateFrequencyElement(podcast),
    'podcast:location': podcast.location
      ? compact({
          '@_rel': podcast.location.rel ?? undefined,
          '@_geo': podcast.location.geo || undefined,
          '@_osm': podcast.location.osm || undefined,
          '@_country': podcast.location.country || undefined,
          '#text': podcast.location.name,
        })
      : undefined,
    'podcast:podroll':
      podcast.podroll.length > 0
        ? {
            'podcast:remoteItem': podcast.podroll.map((p) =>
              compact({ '@_feedGuid': p.feedGuid, '@_feedUrl': p.feedUrl ?? undefined, '@_title': p.title }),
            ),
          }
        : undefined,
    'podcast:trailer': trailerElement(podcast, abs),
    item: episodes.map((episode) => episodeItem(episode, input, abs)),
  });

  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      '@_xmlns:itunes': namespaces.itunes,
      '@_xmlns:podcast': namespaces.podcast,
      '@_xmlns:content': namespaces.content,
      '@_xmlns:atom': namespaces.atom,
      channel,
    },
  }) as string;
  // The builder indents a CDATA section on its own line; keep show notes free of that whitespace.
  return xml
    .replace(/<content:encoded>\s*<!\[CDATA\[/g, '<content:encoded><![CDATA[')
    .replace(/\]\]>\s*<\/content:encoded>/g, ']]></content:encoded>');
}

function episodeItem(episode: Episode, input: PodcastFeedInput, abs: (url: string) => string): XmlNode {
  const { urls, site } = input;
  const audio = episode.audio!;
  const uploaded = audio.file?.url ? audio.file : null;
  // The uploaded file's real size when the asset knows it (never 0 for a real file), else the size entered in the studio.
  const length = uploaded?.size ? uploaded.size : audio.sizeBytes;
  const showNotes = portableTextHtml(episode.showNotes, { siteUrl: site.url, resolveInternalLink: urls.internalLink });
  const transcript = episode.transcript ? urls.transcript(episode) : undefined;
  // Spotify reads chapters only from description timestamps; Apple reads them there too.
  const timestamps = chapterTimestampLines(episode.chapters);
  const notesHtml = timestamps.length > 0 ? `${showNotes}<p>${timestamps.map(escapeHtml).join('<br>')}</p>` : showNotes;
  return compact({
    title: episode.title,
    'itunes:title': episode.title,
    link: abs(urls.episodePage(episode)),
    guid: { '@_isPermaLink': 'false', '#text': episodeGuid(episode) },
    pubDate: rfc2822(episode.publishedAt),
    description: description(
      episode.summary?.trim() || portableTextPlain(episode.showNotes) || episode.title,
      timestamps,
    ),
    'content:encoded': notesHtml.trim() ? { '#cdata': xmlSafe(notesHtml) } : undefined,
    // The analytics prefix changes only where apps download from, never the GUID.
    enclosure: {
      '@_url': withAnalyticsPrefix(abs(uploaded?.url ?? audio.url!), input.podcast.analyticsPrefix),
      '@_length': String(length),
      '@_type': audio.mimeType,
    },
    'itunes:duration':
      audio.durationSeconds !== null ? String(Math.max(1, Math.round(audio.durationSeconds))) : undefined,
    'itunes:episode': episode.episodeNumber !== null ? String(episode.episodeNumber) : undefined,
    'itunes:season': episode.season !== null ? String(episode.season) : undefined,
    'itunes:episodeType': episode.episodeType,
    'itunes:explicit': trueFalse(episode.explicit),
    'itunes:image': isValidArtwork(episode.image) ? { '@_href': abs(episode.image!.asset!.url!) } : undefined,
    'podcast:image': [
      isValidArtwork(episode.image) ? podcastImageTag(episode.image, 'artwork', abs) : undefined,
      podcastImageTag(episode.wideImage, 'artwork social', abs),
    ].filter((tag) => tag !== undefined),
    'podcast:transcript': transcript
      ? compact({
          '@_url': abs(transcript.url),
          '@_type': transcript.type,
          '@_language': episode.transcript?.language?.trim() || undefined,
        })
      : undefined,
    'podcast:chapters':
      episode.chapters.length > 0 ? { '@_url': abs(urls.chapters(episode)), '@_type': CHAPTERS_MIME_TYPE } : undefined,
    'podcast:season': episode.season !== null ? String(episode.season) : undefined,
    'podcast:episode': episode.episodeNumber !== null ? String(episode.episodeNumber) : undefined,
    'podcast:soundbite': episode.soundbites.map((bite) =>
      compact({
        '@_startTime': String(bite.startSeconds),
        '@_duration': String(bite.durationSeconds),
        '#text': bite.title?.trim() || undefined,
      }),
    ),
    'podcast:alternateEnclosure': episode.alternateEnclosures.map((alt) =>
      compact({
        '@_type': alt.mimeType,
        '@_length': String(alt.sizeBytes),
        '@_bitrate': alt.bitrateKbps !== null ? String(alt.bitrateKbps * 1000) : undefined,
        '@_height': alt.height !== null ? String(alt.height) : undefined,
        '@_title': alt.title?.trim() || undefined,
        'podcast:source': { '@_uri': alt.url },
      }),
    ),
    'podcast:funding': fundingTags(episode.funding),
    // An item's people replace the channel's in apps, so the hosts are repeated next to the guests.
    'podcast:person': [
      ...input.podcast.hosts.map((host) => personTag(host, 'host', urls, abs)),
      ...episode.guests.map((guest) => personTag(guest, 'guest', urls, abs)),
    ],
  });
}

function fundingTags(links: readonly FundingLink[]): XmlNode[] {
  return links.flatMap((f) => {
    const url = safeHref(f.url);
    return url ? [{ '@_url': url, '#text': f.label }] : [];
  });
}

function personTag(
  person: PersonSummary,
  role: 'host' | 'guest',
  urls: PodcastFeedUrls,
  abs: (url: string) => string,
): XmlNode {
  const own = safeHref(person.url);
  const href = own && /^https?:/i.test(own) ? own : urls.person(person);
  const img = person.image?.asset?.url;
  return compact({
    '@_role': role,
    '@_href': href ? abs(href) : undefined,
    '@_img': img ? abs(img) : undefined,
    '#text': person.name,
  });
}

function licenseElement(podcast: PodcastSettings): XmlNode | undefined {
  const license = podcast.license ? licenseTag(podcast.license) : undefined;
  return license ? { '@_url': license.url, '#text': license.identifier } : undefined;
}

function updateFrequencyElement(podcast: PodcastSettings): XmlNode | undefined {
  const frequency = updateFrequencies.find((f) => f.value === podcast.updateFrequency);
  if (!frequency) return undefined;
  return frequency.value === 'complete'
    ? { '@_complete': 'true', '#text': frequency.title }
    : { '@_rrule': frequency.value, '#text': frequency.title };
}

function trailerElement(podcast: PodcastSettings, abs: (url: string) => string): XmlNode | undefined {
  const trailer = podcast.trailer;
  const audio = trailer?.audio;
  const url = audio?.file?.url ?? audio?.url;
  if (!trailer || !audio || !url) return undefined;
  return compact({
    '@_pubdate': rfc2822(trailer.publishedAt),
    '@_url': abs(url),
    '@_length': String(audio.file?.size && audio.file.size > 0 ? audio.file.size : audio.sizeBytes),
    '@_type': audio.mimeType,
    '@_season': trailer.season !== null ? String(trailer.season) : undefined,
    '#text': shortenTo(xmlSafe(trailer.title), feedTextLimits.shortText),
  });
}

/** At most `max` characters (as editors count them), an ellipsis marking the cut. */
function shortenTo(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
