import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import RssParser from 'rss-parser';
import { ContentError } from '@frm/content';
import { scenarioIt } from '@frm/content/testing/scenario';
import { feedEpisodes, podcastFeed } from './podcastFeed.ts';
import { podcastGuid } from './podcastGuid.ts';
import { episode, feedInput, image, settings, siteUrl } from './testing/feedFixtures.ts';
import { utf8Length } from './xmlText.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'itunes:category', 'podcast:person', 'podcast:funding'].includes(name),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML of any shape, read field by field
type Node = Record<string, any>;
function parse(xml: string): { channel: Node; items: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = parser.parse(xml).rss.channel as Node;
  return { channel, items: (channel.item ?? []) as Node[] };
}
const text = (node: unknown) => (typeof node === 'object' && node !== null ? (node as Node)['#text'] : node);

describe('podcastFeed channel', () => {
  it('writes every tag Apple Podcasts and Podcasting 2.0 require', () => {
    const xml = podcastFeed(feedInput());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    for (const ns of [
      'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      'xmlns:podcast="https://podcastindex.org/namespace/1.0"',
      'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      'xmlns:atom="http://www.w3.org/2005/Atom"',
    ]) {
      expect(xml).toContain(ns);
    }
    const { channel } = parse(xml);
    expect(channel.title).toBe('Family Room Mission Podcast');
    expect(channel.link).toBe('https://familyroommission.org/podcast/');
    expect(channel.description).toBe('Honest conversations for Christian families.');
    expect(channel.language).toBe('en-us');
    expect(channel.copyright).toBe('© 2025 Family Room Mission');
    expect(channel['atom:link']).toEqual({
      '@href': 'https://familyroommission.org/podcast/feed.xml',
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
    expect(channel['itunes:image']).toEqual({ '@href': 'https://familyroommission.org/media/artwork-1400x1400.jpg' });
    expect(channel['itunes:category']).toEqual([
      { '@text': 'Religion & Spirituality', 'itunes:category': [{ '@text': 'Christianity' }] },
      { '@text': 'Kids & Family', 'itunes:category': [{ '@text': 'Parenting' }] },
    ]);
    expect(channel['itunes:explicit']).toBe('false');
    expect(channel['itunes:author']).toBe('Family Room Mission');
    expect(channel['itunes:owner']).toEqual({
      'itunes:name': 'Nate Holloway',
      'itunes:email': 'podcast@familyroommission.org',
    });
    expect(channel['itunes:type']).toBe('episodic');
    expect(channel['podcast:guid']).toBe(podcastGuid('familyroommission.org/podcast/feed.xml'));
    expect(channel['podcast:locked']).toEqual({ '@owner': 'podcast@familyroommission.org', '#text': 'no' });
    expect(channel['podcast:funding']).toEqual([
      { '@url': 'https://familyroommission.org/give', '#text': 'Support the ministry' },
    ]);
    expect(channel['itunes:new-feed-url']).toBeUndefined();
    // lastBuildDate comes from the newest episode, not the clock.
    expect(channel.lastBuildDate).toBe('Fri, 03 Jan 2025 00:00:00 +0000');
  });

  it('uses the podcast GUID, locked, explicit, serial and new feed URL from the settings', () => {
    const guid = '917393e3-1b1e-5cef-ace4-edaa54e1f810';
    const { channel } = parse(
      podcastFeed(
        feedInput({
          podcast: settings({
            podcastGuid: guid,
            locked: true,
            explicit: true,
            type: 'serial',
            newFeedUrl: 'https://new-host.example/feed.xml',
            copyright: null,
            artwork: image('https://cdn.sanity.io/images/p/d/art-3000x3000.jpg', 3000),
          }),
        }),
      ),
    );
    expect(channel['podcast:guid']).toBe(guid);
    expect(channel['podcast:locked']['#text']).toBe('yes');
    expect(channel['itunes:explicit']).toBe('true');
    expect(channel['itunes:type']).toBe('serial');
    expect(channel['itunes:new-feed-url']).toBe('https://new-host.example/feed.xml');
    expect(channel.copyright).toBeUndefined();
    // Absolute (CDN) asset URLs are kept as they are.
    expect(channel['itunes:image']['@href']).toBe('https://cdn.sanity.io/images/p/d/art-3000x3000.jpg');
  });

  it('is accepted by podcast-partytime with the Podcasting 2.0 tags recognised', () => {
    const withExtras = episode(3, {
      chapters: [{ _key: 'c', startSeconds: 0, title: 'Intro', url: null }],
      transcript: { text: 'Hello', language: 'en', file: null },
    });
    const feed = parseFeed(podcastFeed(feedInput({ episodes: [episode(1), withExtras] })));
    expect(feed).not.toBeNull();
    expect(feed!.title).toBe('Family Room Mission Podcast');
    expect(feed!.guid).toBe(podcastGuid('https://familyroommission.org/podcast/feed.xml'));
    expect(feed!.locked).toBe(false);
    expect(feed!.items.map((i) => i.guid)).toEqual(['episode-3', 'episode-1']);
    expect(feed!.items[0]!.enclosure).toMatchObject({
      url: 'https://familyroommission.org/media/ep3.mp3',
      length: 5003,
      type: 'audio/mpeg',
    });
    expect(feed!.items[0]!.podcastChapters).toMatchObject({
      url: 'https://familyroommission.org/podcast/chapters/episode-3.json',
      type: 'application/json+chapters',
    });
    expect(feed!.items[0]!.podcastTranscripts).toEqual([
      expect.objectContaining({
        url: 'https://familyroommission.org/podcast/transcripts/episode-3.txt',
        type: 'text/plain',
      }),
    ]);
  });
});

describe('podcastFeed items', () => {
  it('writes enclosure, guid, dates, duration, numbering and show notes for each episode', () => {
    const guest = {
      _id: 'person-rachel',
      name: 'Rachel Holloway',
      slug: 'rachel-holloway',
      role: 'guest' as const,
      url: null,
      image: image('/media/rachel.jpg', 400),
    };
    const web = { ...guest, _id: 'person-dan', name: 'Dan', slug: 'dan', url: 'https://dan.example/', image: null };
    const full = episode(7, {
      guid: 'https://old-host.example/episodes/7',
      season: 2,
      explicit: true,
      image: image('/media/ep7-1400.jpg'),
      chapters: [{ _key: 'c', startSeconds: 0, title: 'Intro', url: null }],
      transcript: { text: 'Transcript', language: 'en', file: null },
      guests: [guest, web],
      audio: {
        mimeType: 'audio/mpeg',
        sizeBytes: 43401216,
        durationSeconds: 2712.5,
        url: 'https://media.example/ep7.mp3',
        file: null,
      },
    });
    const bonus = episode(8, {
      episodeType: 'bonus',
      episodeNumber: null,
      season: null,
      image: image('/media/wide.jpg', 1200, 675),
    });
    const { items } = parse(podcastFeed(feedInput({ episodes: [full, bonus] })));
    const [b, f] = items as [Node, Node];
    expect(f.title).toBe('Episode 7');
    expect(f.link).toBe('https://familyroommission.org/podcast/episode-7/');
    expect(f.guid).toEqual({ '@isPermaLink': 'false', '#text': 'https://old-host.example/episodes/7' });
    expect(f.pubDate).toBe('Wed, 08 Jan 2025 00:00:00 +0000');
    expect(f.enclosure).toEqual({
      '@url': 'https://media.example/ep7.mp3',
      '@length': '43401216',
      '@type': 'audio/mpeg',
    });
    expect(f['itunes:duration']).toBe('2713');
    expect(f['itunes:episode']).toBe('7');
    expect(f['itunes:season']).toBe('2');
    expect(f['itunes:episodeType']).toBe('full');
    expect(f['itunes:explicit']).toBe('true');
    expect(f['itunes:image']).toEqual({ '@href': 'https://familyroommission.org/media/ep7-1400.jpg' });
    expect(f.description).toBe('Summary of episode 7.');
    expect(f['content:encoded']).toBe('<p>Notes for episode 7.</p>');
    expect(f['podcast:transcript']).toEqual({
      '@url': 'https://familyroommission.org/podcast/transcripts/episode-7.txt',
      '@type': 'text/plain',
      '@language': 'en',
    });
    expect(f['podcast:chapters']).toEqual({
      '@url': 'https://familyroommission.org/podcast/chapters/episode-7.json',
      '@type': 'application/json+chapters',
    });
    expect(f['podcast:person']).toEqual([
      {
        '@role': 'guest',
        '@href': 'https://familyroommission.org/people/rachel-holloway/',
        '@img': 'https://familyroommission.org/media/rachel.jpg',
        '#text': 'Rachel Holloway',
      },
      { '@role': 'guest', '@href': 'https://dan.example/', '#text': 'Dan' },
    ]);
    // A bonus without numbers; its image is not square, so it is left out rather than rejected.
    expect(b['itunes:episodeType']).toBe('bonus');
    expect(b['itunes:episode']).toBeUndefined();
    expect(b['itunes:season']).toBeUndefined();
    expect(b['itunes:image']).toBeUndefined();
    expect(b['podcast:transcript']).toBeUndefined();
    expect(b['podcast:chapters']).toBeUndefined();
    // An uploaded file: its asset's real size, not the size typed in the studio.
    expect(b.enclosure).toEqual({
      '@url': 'https://familyroommission.org/media/ep8.mp3',
      '@length': '5008',
      '@type': 'audio/mpeg',
    });
  });

  it('links a guest to their own web page only when it is http(s), else to their page on the site', () => {
    const guest = (slug: string, url: string | null) => ({
      _id: `person-${slug}`,
      name: slug,
      slug,
      role: 'guest' as const,
      url,
      image: null,
    });
    const guests = [
      guest('web', 'http://web.example/'),
      guest('mail', 'mailto:m@example.org'),
      guest('tricky', 'mailto:https://example.org'),
      guest('none', null),
    ];
    const { items } = parse(podcastFeed(feedInput({ episodes: [episode(1, { guests })] })));
    expect((items[0]!['podcast:person'] as Node[]).map((p) => p['@href'])).toEqual([
      'http://web.example/',
      'https://familyroommission.org/people/mail/',
      'https://familyroommission.org/people/tricky/',
      'https://familyroommission.org/people/none/',
    ]);
  });

  it('takes the enclosure length from the uploaded asset, else from sizeBytes', () => {
    const unknownSize = episode(2);
    unknownSize.audio = { ...unknownSize.audio!, file: { ...unknownSize.audio!.file!, size: null } };
    const zeroSize = episode(3);
    zeroSize.audio = { ...zeroSize.audio!, file: { ...zeroSize.audio!.file!, size: 0 } };
    const { items } = parse(podcastFeed(feedInput({ episodes: [episode(1), unknownSize, zeroSize] })));
    expect(items.map((i) => [text(i.guid), i.enclosure['@url'], i.enclosure['@length']])).toEqual([
      ['episode-3', 'https://familyroommission.org/media/ep3.mp3', '1003'],
      ['episode-2', 'https://familyroommission.org/media/ep2.mp3', '1002'],
      ['episode-1', 'https://familyroommission.org/media/ep1.mp3', '5001'],
    ]);
  });

  it('lists only episodes with audio published by now, newest first, and ignores input order', () => {
    const input = feedInput({
      now: '2025-01-10T00:00:00Z',
      episodes: [episode(3), episode(9), episode(10), episode(1), episode(5, { audio: null }), episode(20), episode(2)],
    });
    const { items } = parse(podcastFeed(input));
    expect(items.map((i) => text(i.guid))).toEqual(['episode-9', 'episode-3', 'episode-2', 'episode-1']);
    const shuffled = podcastFeed({ ...input, episodes: [...input.episodes].reverse() });
    expect(shuffled).toBe(podcastFeed(input));
    // An episode published exactly at "now" counts as published.
    expect(feedEpisodes([episode(9)], episode(9).publishedAt)).toHaveLength(1);
  });

  it('gives byte-identical output for the same input', () => {
    const a = podcastFeed(feedInput());
    const b = podcastFeed(feedInput());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('falls back to plain show notes for the description and cuts it at 4000 bytes of UTF-8', () => {
    const long = episode(1, { summary: '👨‍👩‍👧 family '.repeat(400) });
    const noSummary = episode(2, { summary: null });
    const { items } = parse(podcastFeed(feedInput({ episodes: [long, noSummary] })));
    expect(items[0]!.description).toBe('Notes for episode 2.');
    const description = items[1]!.description as string;
    expect(utf8Length(description)).toBeLessThanOrEqual(4000);
    expect(utf8Length(description)).toBeGreaterThan(3900);
    expect(description.endsWith('…')).toBe(true);
    expect(description).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
  });
});

describe('podcastFeed escaping', () => {
  const hostile =
    'Fight <script>alert("x")</script> & ]]> \'quoted\' 😀 שָׁלוֹם עולם \u0000\u0001\u0008\u000b\u001f\u007f end';
  const clean = 'Fight <script>alert("x")</script> & ]]> \'quoted\' 😀 שָׁלוֹם עולם  end';

  it('escapes markup and quotes, keeps emoji and RTL text and strips control characters', () => {
    const evil = episode(1, {
      title: hostile,
      summary: hostile,
      guid: `guid ${hostile}`,
      guests: [{ _id: 'p', name: hostile, slug: 'p', role: 'guest', url: 'javascript:alert(1)', image: null }],
      showNotes: [
        {
          _key: 'b',
          _type: 'block',
          style: 'normal',
          children: [{ _key: 's', _type: 'span', text: hostile, marks: ['l'] }],
          markDefs: [{ _key: 'l', _type: 'link', href: 'javascript:alert(1)' }],
        },
      ],
    });
    const xml = podcastFeed(
      feedInput({
        podcast: settings({
          title: hostile,
          author: hostile,
          ownerName: hostile,
          copyright: hostile,
          funding: [{ _key: 'f', url: 'https://give.example/?a=1&b=2', label: hostile }],
        }),
        episodes: [evil],
      }),
    );
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('javascript:');
    const { channel, items } = parse(xml);
    const entities = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    // fast-xml-parser leaves entities in text when asked not to process them; decode to compare.
    const decoded = (value: unknown) => entities(String(text(value)));
    expect(decoded(channel.title)).toBe(clean);
    expect(decoded(channel['itunes:author'])).toBe(clean);
    expect(decoded(channel['itunes:owner']['itunes:name'])).toBe(clean);
    expect(decoded(channel.copyright)).toBe(clean);
    expect(entities(channel['podcast:funding'][0]['@url'])).toBe('https://give.example/?a=1&b=2');
    expect(decoded(items[0]!.title)).toBe(clean);
    expect(decoded(items[0]!.description)).toBe(clean.trim());
    expect(decoded(items[0]!.guid)).toBe(`guid ${clean}`);
    expect(decoded(items[0]!['podcast:person'][0])).toBe(clean);
    expect(items[0]!['podcast:person'][0]['@href']).toBe('https://familyroommission.org/people/p/');
    // Show notes: HTML-escaped inside CDATA; the link with an unsafe href is only text.
    expect(items[0]!['content:encoded']).toBe(
      '<p>Fight &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &#x27;quoted&#x27; 😀 שָׁלוֹם עולם  end</p>',
    );
  });

  it('keeps "]]>" in show notes from ending the CDATA section early', () => {
    const notes = episode(1, {
      showNotes: [
        {
          _key: 'b',
          _type: 'block',
          style: 'normal',
          children: [{ _key: 's', _type: 'span', text: 'before ]]> <b>after</b>', marks: [] }],
          markDefs: [],
        },
      ],
    });
    const xml = podcastFeed(feedInput({ episodes: [notes] }));
    // An XML parser (CDATA kept as its own node) must see the whole show notes, with the HTML
    // inside escaping the editor's text.
    const cdataParser = new XMLParser({ cdataPropName: '#cdata', isArray: (name) => name === 'item' });
    const item = (cdataParser.parse(xml).rss.channel.item as Node[])[0]!;
    const html = ([] as unknown[]).concat(item['content:encoded']['#cdata']).join('');
    expect(html).toBe('<p>before ]]&gt; &lt;b&gt;after&lt;/b&gt;</p>');
  });
});

describe('podcastFeed episode without a known length', () => {
  const unmeasured = () => {
    const e = episode(2);
    e.audio = { ...e.audio!, durationSeconds: null };
    return e;
  };

  it('publishes the episode without <itunes:duration>, the others keep theirs', () => {
    const { items } = parse(podcastFeed(feedInput({ episodes: [episode(1), unmeasured()] })));
    const [two, one] = items as [Node, Node];
    expect(text(two.guid)).toBe('episode-2');
    expect(two).not.toHaveProperty('itunes:duration');
    expect(two.enclosure).toMatchObject({ '@url': 'https://familyroommission.org/media/ep2.mp3' });
    expect(one['itunes:duration']).toBeDefined();
  });

  it('is read by podcast-partytime with the enclosure and no duration', () => {
    const feed = parseFeed(podcastFeed(feedInput({ episodes: [episode(1), unmeasured()] })));
    expect(feed!.items.map((i) => i.guid)).toEqual(['episode-2', 'episode-1']);
    expect(feed!.items[0]!.enclosure).toMatchObject({
      url: 'https://familyroommission.org/media/ep2.mp3',
      type: 'audio/mpeg',
    });
    expect(feed!.items[0]!.duration).toBe(0);
    expect(feed!.items[1]!.duration).toBeGreaterThan(0);
  });

  it('is read by rss-parser with the enclosure and no duration', async () => {
    const feed = await new RssParser().parseString(podcastFeed(feedInput({ episodes: [episode(1), unmeasured()] })));
    expect(feed.items.map((i) => i.guid)).toEqual(['episode-2', 'episode-1']);
    expect(feed.items[0]!.enclosure).toMatchObject({
      url: 'https://familyroommission.org/media/ep2.mp3',
      type: 'audio/mpeg',
    });
    expect(feed.items[0]!.itunes?.duration).toBeUndefined();
    expect(feed.items[1]!.itunes?.duration).toBeDefined();
  });
});

describe('podcastFeed problems', () => {
  it('throws one ContentError naming the document and field', () => {
    const bad = episode(1);
    bad.audio = { ...bad.audio!, sizeBytes: -1 };
    const build = () =>
      podcastFeed(feedInput({ podcast: settings({ ownerEmail: '', artwork: image('/a.jpg', 800) }), episodes: [bad] }));
    expect(build).toThrowError(ContentError);
    expect(build).toThrowError(
      expect.objectContaining({
        problems: [
          expect.objectContaining({ id: 'podcast', path: 'artwork' }),
          expect.objectContaining({ id: 'podcast', path: 'ownerEmail' }),
          expect.objectContaining({ id: 'episode-1', path: 'audio.sizeBytes' }),
        ],
      }),
    );
  });

  it('does not check episodes that are not in the feed', () => {
    const future = episode(900);
    future.audio = { ...future.audio!, sizeBytes: 0 };
    const { items } = parse(podcastFeed(feedInput({ episodes: [episode(1), future] })));
    expect(items.map((i) => text(i.guid))).toEqual(['episode-1']);
  });
});

describe('podcastFeed at scale', () => {
  scenarioIt('builds a feed of 1,000 episodes with every episode, newest first', () => {
    const episodes = Array.from({ length: 1000 }, (_, i) =>
      episode(i + 1, { chapters: i % 3 === 0 ? [{ _key: 'c', startSeconds: 0, title: 'Intro', url: null }] : [] }),
    );
    const shuffled = [...episodes].sort(
      (a, b) =>
        ((a._id.length * 7 + a.title.length) % 5) - ((b._id.length * 7 + b.title.length) % 5) ||
        a._id.localeCompare(b._id),
    );
    const xml = podcastFeed(feedInput({ episodes: shuffled, now: '2030-01-01T00:00:00Z' }));
    const { items } = parse(xml);
    expect(items).toHaveLength(1000);
    expect(items.map((i) => text(i.guid))).toEqual(Array.from({ length: 1000 }, (_, i) => `episode-${1000 - i}`));
    const dates = items.map((i) => Date.parse(i.pubDate as string));
    expect(dates.every((d, i) => i === 0 || d < dates[i - 1]!)).toBe(true);
    expect(items.filter((i) => i['podcast:chapters']).length).toBe(334);
    expect(items.every((i) => String(i.link).startsWith(`${siteUrl}/podcast/episode-`))).toBe(true);
  });
});
