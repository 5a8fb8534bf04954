import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import { describe, expect, it } from 'vitest';
import { podcastFeed } from './podcastFeed.ts';
import { episode, feedInput } from './testing/feedFixtures.ts';
import { podcasting20FeedInput } from './testing/podcasting20Fixture.ts';

/* The Podcasting 2.0 tags added for #17, read back by the Podcast Index's own parser. */

// Built inside each test, not at load time: Stryker's perTest coverage then knows which test reaches what.
function built() {
  const xml = podcastFeed(podcasting20FeedInput());
  const feed = parseFeed(xml)!;
  return { xml, feed, item: feed.items.find((i) => i.guid === 'episode-4')! };
}

describe('podcastFeed Podcasting 2.0 channel tags, read by podcast-partytime', () => {
  it('is well-formed and parsed', () => {
    const { xml, feed, item } = built();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed).not.toBeNull();
    expect(item).toBeDefined();
  });

  it('lists the hosts with role, href and img', () => {
    const { feed } = built();
    // partytime capitalises role and group (the spec says they are case-insensitive).
    expect(feed.podcastPeople).toEqual([
      {
        name: 'Nate Holloway',
        role: 'Host',
        group: 'Cast',
        href: 'https://nate.example/',
        img: 'https://familyroommission.org/media/nate.jpg',
      },
      {
        name: 'Maya Holloway',
        role: 'Host',
        group: 'Cast',
        href: 'https://familyroommission.org/people/maya-holloway/',
      },
    ]);
  });

  it('writes medium, license, txt, location, podroll and trailer as entered', () => {
    const { feed } = built();
    expect(feed.medium).toBe('podcast');
    expect(feed.license).toEqual({
      identifier: 'cc-by-nc-nd-4.0',
      url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
    });
    expect(feed.podcastTxt).toEqual([
      { purpose: 'applepodcastsverify', value: 'S6lpp-7ZCn8-dZfGc-OoyaG' },
      { value: 'naj3eEZaWVVY9a38uhX8FekACyhtqP4JN' },
    ]);
    expect(feed.podcastLocation).toMatchObject({
      name: 'Denver, Colorado',
      geo: 'geo:39.7392,-104.9903',
      osm: 'R1411339',
    });
    expect(feed.podroll).toEqual([
      {
        feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
        feedUrl: 'https://feeds.podcastindex.org/pc20.xml',
        title: 'Podcasting 2.0',
      },
      { feedGuid: '29cdca4a-32d8-56ba-b48b-09a011c5daa9', title: 'Buzzcast' },
    ]);
    expect(feed.trailers).toEqual([
      {
        title: 'Welcome to the Family Room',
        url: 'https://familyroommission.org/media/trailer.mp3',
        pubdate: new Date('2024-12-30T08:00:00Z'),
        length: 480123,
        type: 'audio/mpeg',
        season: 2,
      },
    ]);
  });

  it('shortens a trailer episode title past the 128 characters of the tag instead of stopping the build', () => {
    const base = podcasting20FeedInput().podcast.trailer!;
    const title = `${'Ten words '.repeat(13)}and the end`;
    const shortened = (
      parseFeed(podcastFeed(podcasting20FeedInput({ trailer: { ...base, title } })))!.trailers![0] as unknown as {
        title: string;
      }
    ).title;
    expect([...shortened]).toHaveLength(128);
    expect(shortened).toBe(`${title.slice(0, 127).trimEnd()}…`);
    const titleOf = (t: string) =>
      (
        parseFeed(podcastFeed(podcasting20FeedInput({ trailer: { ...base, title: t } })))!.trailers![0] as unknown as {
          title: string;
        }
      ).title;
    // Exactly 128 characters: kept whole. A cut just after a space: no space before the ellipsis.
    expect(titleOf('x'.repeat(128))).toBe('x'.repeat(128));
    expect(titleOf(`${'x'.repeat(126)} and more`)).toBe(`${'x'.repeat(126)}…`);
  });

  it('writes the trailer from a linked audio address, with the entered size, and leaves out what is missing', () => {
    const base = podcasting20FeedInput().podcast.trailer!;
    const trailerOf = (trailer: unknown) =>
      parseFeed(podcastFeed(podcasting20FeedInput({ trailer: trailer as typeof base })))!.trailers;
    // No uploaded file: the audio address, and the length entered in the Studio.
    const linked = {
      ...base,
      season: null,
      audio: { ...base.audio!, file: null, url: 'https://media.example.org/trailer.mp3', sizeBytes: 480000 },
    };
    expect(trailerOf(linked)).toEqual([
      {
        title: 'Welcome to the Family Room',
        url: 'https://media.example.org/trailer.mp3',
        pubdate: new Date('2024-12-30T08:00:00Z'),
        length: 480000,
        type: 'audio/mpeg',
      },
    ]);
    // An upload whose size is unknown (0) or nonsense falls back to the entered length.
    for (const size of [0, -1])
      expect(trailerOf({ ...base, audio: { ...base.audio!, file: { ...base.audio!.file!, size } } })![0]!.length).toBe(
        480000,
      );
    // No audio, or audio with neither a file nor an address: no trailer tag at all.
    for (const trailer of [
      null,
      { ...base, audio: null },
      { ...base, audio: { ...base.audio!, file: null, url: null } },
    ]) {
      expect(trailerOf(trailer) ?? []).toEqual([]);
      expect(podcastFeed(podcasting20FeedInput({ trailer: trailer as typeof base }))).not.toContain('podcast:trailer');
    }
  });

  it('writes updateFrequency with its rrule (partytime does not read it: checked in the XML)', () => {
    const { xml } = built();
    const channel = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).rss.channel;
    expect(channel['podcast:updateFrequency']).toEqual({
      '@rrule': 'FREQ=WEEKLY;INTERVAL=2',
      '#text': 'Every two weeks',
    });
    expect(channel['podcast:location']['@rel']).toBe('creator');
    expect(channel['podcast:location']['@country']).toBe('US');
    const ended = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      podcastFeed(podcasting20FeedInput({ updateFrequency: 'complete' })),
    ).rss.channel;
    expect(ended['podcast:updateFrequency']).toEqual({
      '@complete': 'true',
      '#text': 'No new episodes (the show has ended)',
    });
  });

  it('needs the full-text address of a custom license and sends it', () => {
    const custom = parseFeed(
      podcastFeed(
        podcasting20FeedInput({
          license: { identifier: 'custom', name: 'FRM-Share-1', url: 'https://familyroommission.org/license' },
        }),
      ),
    )!;
    expect(custom.license).toEqual({ identifier: 'frm-share-1', url: 'https://familyroommission.org/license' });
  });
});

describe('podcastFeed Podcasting 2.0 item tags, read by podcast-partytime', () => {
  it('writes podcast:season and podcast:episode next to the itunes tags', () => {
    const { item } = built();
    expect(item.podcastSeason).toEqual({ number: 2 });
    expect(item.podcastEpisode).toEqual({ number: 4 });
    expect(item.itunesSeason).toBe(2);
    expect(item.itunesEpisode).toBe(4);
  });

  it('lists the hosts again next to the guests, since item people replace the channel people', () => {
    const { feed, item } = built();
    expect(item.podcastPeople?.map((p) => [p.name, p.role])).toEqual([
      ['Nate Holloway', 'Host'],
      ['Maya Holloway', 'Host'],
      ['Rachel Reyes', 'Guest'],
    ]);
    // An episode without guests still names its hosts.
    expect(feed.items.find((i) => i.guid === 'episode-1')!.podcastPeople?.map((p) => p.name)).toEqual([
      'Nate Holloway',
      'Maya Holloway',
    ]);
  });

  it('writes soundbites with start, duration and title', () => {
    const { xml, item } = built();
    expect(item.podcastSoundbites).toEqual([
      { startTime: 73, duration: 60, title: 'Why chores start fights' },
      // Without a title apps choose what to show (partytime: the show title); the tag has no text.
      { startTime: 1234.5, duration: 42.25, title: 'Family Room Mission Podcast' },
    ]);
    expect(xml).toContain('<podcast:soundbite startTime="1234.5" duration="42.25"/>');
  });

  it('writes alternate enclosures with type, length, bitrate, height and a source', () => {
    const { item } = built();
    expect(item.alternativeEnclosures).toEqual([
      expect.objectContaining({
        type: 'video/mp4',
        length: 7924786,
        bitrate: 511500,
        height: 720,
        title: 'Video',
        source: [{ uri: 'https://video.example/ep4-720.mp4', contentType: 'video/mp4' }],
      }),
      expect.objectContaining({
        type: 'audio/mpeg',
        length: 120000,
        bitrate: 32000,
        title: 'Low data',
        source: [{ uri: 'https://media.example/ep4-32k.mp3', contentType: 'audio/mpeg' }],
      }),
    ]);
  });

  it('leaves every new tag out when its field is empty', () => {
    const plain = podcastFeed(feedInput({ episodes: [episode(1, { season: null, episodeNumber: null })] }));
    for (const tag of [
      'person',
      'medium',
      'license',
      'txt',
      'updateFrequency',
      'location',
      'podroll',
      'trailer',
      'season',
      'episode',
      'soundbite',
      'alternateEnclosure',
    ]) {
      expect(plain).not.toContain(`<podcast:${tag}`);
    }
  });
});

describe('podcastFeed with every new tag, read by python3-feedparser', () => {
  it('parses without error, with every episode, enclosure and GUID', async () => {
    const { xml } = built();
    const folder = await mkdtemp(join(tmpdir(), 'frm-p20-'));
    const file = join(folder, 'feed.xml');
    await writeFile(file, xml);
    const script =
      'import sys, json, feedparser\nd = feedparser.parse(sys.argv[1])\nprint(json.dumps({"bozo": int(d.bozo), "version": d.version, "ids": [e.id for e in d.entries], "enclosures": [e.enclosures[0].href for e in d.entries]}))';
    const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, file]);
    expect(JSON.parse(stdout)).toEqual({
      bozo: 0,
      version: 'rss20',
      ids: ['episode-4', 'episode-1'],
      enclosures: ['https://familyroommission.org/media/ep4.mp3', 'https://familyroommission.org/media/ep1.mp3'],
    });
  }, 60_000);
});

describe('podcastFeed WebSub hub', () => {
  it('announces the hub after the self link when one is set', () => {
    const channel = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      podcastFeed({ ...feedInput(), hub: 'https://pubsubhubbub.appspot.com/' }),
    ).rss.channel;
    expect(channel['atom:link']).toEqual([
      { '@href': 'https://familyroommission.org/podcast/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' },
      { '@href': 'https://pubsubhubbub.appspot.com/', '@rel': 'hub' },
    ]);
  });
});
