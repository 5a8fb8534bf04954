import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX_BYTES, podcastFeed } from './podcastFeed.ts';
import { episode, feedInput } from './testing/feedFixtures.ts';
import { listenersFeedInput } from './testing/listenersFixture.ts';
import { utf8Length } from './xmlText.ts';

/* The tags added for #29 (chapter timestamps, episode funding, podcast:image), read back by parsers. */

interface FeedparserEntry {
  id: string;
  summary: string;
  content: string;
  podcast_funding?: Record<string, string>;
  podcast_image?: Record<string, string>;
}

/** The feed as Debian's python3-feedparser reads it (it keeps the last of repeated unknown tags, with their attributes). */
async function feedparser(
  xml: string,
): Promise<{ bozo: number; feed: { podcast_image?: Record<string, string> }; entries: FeedparserEntry[] }> {
  const file = join(await mkdtemp(join(tmpdir(), 'frm-listeners-')), 'feed.xml');
  await writeFile(file, xml);
  const script = [
    'import sys, json, feedparser',
    'd = feedparser.parse(sys.argv[1])',
    'pick = lambda o, keys: {k: o[k] for k in keys if k in o}',
    'print(json.dumps({"bozo": int(d.bozo), "feed": pick(d.feed, ["podcast_image"]), "entries": [dict(pick(e, ["id", "summary", "podcast_funding", "podcast_image"]), content=e.content[0].value if "content" in e else "") for e in d.entries]}))',
  ].join('\n');
  return JSON.parse((await promisify(execFile)('/usr/bin/python3', ['-c', script, file])).stdout);
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'podcast:image', 'podcast:funding'].includes(name),
});
const channelOf = (xml: string) => xmlParser.parse(xml).rss.channel;

const TIMESTAMPS = '0:00 Welcome\n12:34 Listener question: “chores & fights”\n1:02:05 Prayer';

describe('chapter timestamps in the episode description', () => {
  it('ends the description and the show notes with the chapters, first at 0:00, as Spotify and Apple read them', async () => {
    const xml = podcastFeed(listenersFeedInput());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = await feedparser(xml);
    expect(parsed.bozo).toBe(0);
    const ep4 = parsed.entries.find((e) => e.id === 'episode-4')!;
    expect(ep4.summary).toBe(`Summary of episode 4.\n\n${TIMESTAMPS}`);
    expect(ep4.content).toBe(
      `<p>Notes for episode 4.</p><p>${TIMESTAMPS.replaceAll('&', '&amp;').replaceAll('\n', '<br />')}</p>`,
    );
    // podcast-partytime (the Podcast Index) reads the same description.
    expect(parseFeed(xml)!.items.find((i) => i.guid === 'episode-4')!.description).toContain(
      '0:00 Welcome 12:34 Listener question',
    );
  });

  it('gives an episode with fewer than three chapters no timestamps', async () => {
    const ep1 = (await feedparser(podcastFeed(listenersFeedInput()))).entries.find((e) => e.id === 'episode-1')!;
    expect(ep1.summary).toBe('Summary of episode 1.');
    expect(ep1.content).toBe('<p>Notes for episode 1.</p>');
  });

  it('gives none when no chapter starts at 0:00', () => {
    const late = [10, 20, 30].map((s) => ({ _key: `c${s}`, startSeconds: s, title: `At ${s}`, url: null }));
    const item = channelOf(podcastFeed(feedInput({ episodes: [episode(1, { chapters: late })] }))).item[0];
    expect(item.description).toBe('Summary of episode 1.');
  });

  it('keeps the timestamps whole when a long summary is cut to Apple’s 4000 bytes', () => {
    const input = listenersFeedInput();
    const long = { ...input.episodes[1]!, summary: 'Ä word. '.repeat(800) };
    const description: string = channelOf(podcastFeed({ ...input, episodes: [long] })).item[0].description;
    expect(utf8Length(description)).toBeLessThanOrEqual(DESCRIPTION_MAX_BYTES);
    expect(description.endsWith(`…\n\n${TIMESTAMPS}`)).toBe(true);
  });
});

describe('giving links per episode', () => {
  it('writes item-level podcast:funding next to the channel’s', async () => {
    const xml = podcastFeed(listenersFeedInput());
    const channel = channelOf(xml);
    expect(channel['podcast:funding']).toEqual([
      { '@url': 'https://familyroommission.org/give', '#text': 'Support the ministry' },
    ]);
    const [ep4, ep1] = channel.item;
    expect(ep4['podcast:funding']).toEqual([
      {
        '@url': 'https://familyroommission.org/give/marriage-weekend',
        '#text': 'Send a couple to the marriage weekend',
      },
    ]);
    expect(ep1['podcast:funding']).toBeUndefined();
    expect((await feedparser(xml)).entries[0]!.podcast_funding).toEqual({
      url: 'https://familyroommission.org/give/marriage-weekend',
    });
    // partytime reads channel funding (its item parser has no funding yet).
    expect(parseFeed(xml)!.podcastFunding).toEqual([
      { url: 'https://familyroommission.org/give', message: 'Support the ministry' },
    ]);
  });
});

describe('podcast:image', () => {
  it('describes the show and episode artwork and the 16:9 images with purpose, aspect ratio and size', async () => {
    const xml = podcastFeed(listenersFeedInput());
    const channel = channelOf(xml);
    expect(channel['podcast:image']).toEqual([
      {
        '@href': 'https://familyroommission.org/media/artwork-1400x1400.jpg',
        '@alt': 'Artwork',
        '@aspect-ratio': '1/1',
        '@width': '1400',
        '@height': '1400',
        '@purpose': 'artwork',
      },
      {
        '@href': 'https://familyroommission.org/media/show-wide.jpg',
        '@alt': 'The show artwork, wide',
        '@aspect-ratio': '16/9',
        '@width': '1920',
        '@height': '1080',
        '@purpose': 'artwork social',
      },
    ]);
    const [ep4, ep1] = channel.item;
    expect(ep4['podcast:image']).toEqual([
      {
        '@href': 'https://familyroommission.org/media/ep4-3000.jpg',
        '@alt': 'Episode 4 artwork',
        '@aspect-ratio': '1/1',
        '@width': '3000',
        '@height': '3000',
        '@purpose': 'artwork',
      },
      {
        '@href': 'https://familyroommission.org/media/ep4-wide.jpg',
        '@alt': 'Episode 4, wide',
        '@aspect-ratio': '16/9',
        '@width': '1280',
        '@height': '720',
        '@purpose': 'artwork social',
      },
    ]);
    // Without its own artwork an episode has no podcast:image (apps use the show's).
    expect(ep1['podcast:image']).toBeUndefined();
    const parsed = await feedparser(xml);
    expect(parsed.feed.podcast_image).toMatchObject({
      href: 'https://familyroommission.org/media/show-wide.jpg',
      purpose: 'artwork social',
      'aspect-ratio': '16/9',
      width: '1920',
    });
    expect(parsed.entries[0]!.podcast_image).toMatchObject({
      href: 'https://familyroommission.org/media/ep4-wide.jpg',
      'aspect-ratio': '16/9',
    });
  });

  it('states the real ratio of an image that is not quite 16:9', () => {
    const input = listenersFeedInput();
    const odd = {
      ...input,
      podcast: {
        ...input.podcast,
        wideImage: {
          ...input.podcast.wideImage!,
          asset: { ...input.podcast.wideImage!.asset!, width: 1200, height: 630 },
        },
      },
    };
    expect(channelOf(podcastFeed(odd))['podcast:image'][1]['@aspect-ratio']).toBe('40/21');
  });
});
