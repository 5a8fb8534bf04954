import { describe, expect, it } from 'vitest';
import { FeedError } from './feed/feedError.ts';
import { episodeIdFor } from './ids.ts';
import { importPodcast } from './importPodcast.ts';
import { fixtureFeed, generatedFeed, scenarioIt } from './testing.ts';

const byGuid = async (name: string) => {
  const result = await importPodcast(await fixtureFeed(name));
  return { ...result, episode: (guid: string) => result.episodes.find((e) => e.guid === guid)! };
};

describe('importPodcast: host feed shapes', () => {
  it('Anchor / Spotify for Podcasters: CDATA notes, HH:MM:SS and seconds durations, trailer, show settings', async () => {
    const { podcast, episodes, episode, report } = await byGuid('anchor.xml');
    expect(episodes.map((e) => e.guid)).toEqual([
      '0a1b2c3d-0000-4000-8000-000000000001',
      '7f8e1c2a-6b54-4c1e-9a3b-0d1e2f3a4b5c',
    ]);
    const screen = episode('7f8e1c2a-6b54-4c1e-9a3b-0d1e2f3a4b5c');
    expect(screen).toMatchObject({
      _id: episodeIdFor('7f8e1c2a-6b54-4c1e-9a3b-0d1e2f3a4b5c'),
      _type: 'podcastEpisode',
      title: 'When You Disagree About Screen Time',
      slug: { _type: 'slug', current: 'when-you-disagree-about-screen-time' },
      publishedAt: '2024-03-04T10:00:00Z',
      season: 2,
      episodeNumber: 14,
      episodeType: 'full',
      explicit: false,
      summary: 'Two parents, two opinions. We talk about rules that work.',
      audio: {
        url: expect.stringContaining('anchor.fm/s/abc123/podcast/play/84001234'),
        mimeType: 'audio/mpeg',
        sizeBytes: 43520193,
        durationSeconds: 2720,
      },
    });
    expect(screen.showNotes?.map((b) => b.listItem ?? b.style)).toEqual([
      'normal',
      'bullet',
      'bullet',
      'normal',
      'normal',
      'normal',
    ]);
    expect(screen.showNotes?.[3]?.markDefs[0]?.href).toBe('https://example.org/screens');
    expect(episode('0a1b2c3d-0000-4000-8000-000000000001')).toMatchObject({
      episodeType: 'trailer',
      audio: { mimeType: 'audio/x-m4a', durationSeconds: 75 },
    });
    expect(podcast).toMatchObject({
      _id: 'podcast',
      title: 'Family Room Talks',
      description: 'Honest conversations about marriage & family life.',
      author: 'Family Room Mission',
      ownerName: 'Family Room Mission',
      ownerEmail: 'podcast@familyroommission.example',
      language: 'en-us',
      explicit: false,
      type: 'episodic',
      copyright: 'Family Room Mission',
      categories: [
        { _type: 'podcastCategory', category: 'Religion & Spirituality', subcategory: 'Christianity' },
        { _type: 'podcastCategory', category: 'Kids & Family', subcategory: 'Parenting' },
      ],
    });
    expect(report.skipped).toEqual([]);
    // Offline: the artwork is named with its address, to download again or upload by hand.
    expect(report.warnings.map((w) => `${w.message} ${w.detail}`)).toEqual([
      expect.stringMatching(/^show artwork not downloaded \(--offline\).* https:\/\/d3t3ozftmdmh3i.cloudfront.net/),
      expect.any(String),
    ]);
  });

  it('Buzzsprout: podcast:guid, funding, lock, serial, fractional seconds, local chapters, transcript link reported', async () => {
    const { podcast, episode, report } = await byGuid('buzzsprout.xml');
    expect(podcast).toMatchObject({
      podcastGuid: 'a6d5b1c3-2f4e-5a6b-8c7d-9e0f1a2b3c4d',
      locked: true,
      type: 'serial',
      author: 'Dan & Amy Carter',
      copyright: '© 2024 Home Front Ministries',
    });
    expect(podcast.funding).toEqual([
      { _type: 'fundingLink', url: 'https://homefront.example/give', label: 'Support the show' },
    ]);
    const fighting = episode('Buzzsprout-14567890');
    expect(fighting).toMatchObject({
      publishedAt: '2024-03-12T10:00:00Z',
      season: 1,
      episodeNumber: 2,
      audio: { durationSeconds: 2402, sizeBytes: 38441250 },
    });
    expect(fighting.chapters).toEqual([
      { _type: 'chapter', startSeconds: 0, title: 'Welcome' },
      { _type: 'chapter', startSeconds: 95.5, title: 'Timeouts', url: 'https://homefront.example/timeouts' },
      { _type: 'chapter', startSeconds: 1310, title: 'Soft starts' },
    ]);
    const notes = fighting.showNotes!.map((b) => b.children.map((c) => c.text).join(''));
    expect(notes[0]).toBe('How to argue without wounding. We walk through Ephesians 4:26 – “Be angry and do not sin.”');
    expect(fighting.showNotes!.map((b) => b.style)).toContain('h2');
    expect(episode('Buzzsprout-14000001').audio.durationSeconds).toBe(1258);
    expect(report.warnings).toContainEqual({
      id: 'Buzzsprout-14567890',
      title: 'Fighting Fair',
      message: expect.stringContaining('transcript not downloaded (--offline)'),
      detail: 'https://www.buzzsprout.com/1234567/14567890/transcript.srt',
    });
  });

  it('Libsyn: entity-escaped HTML notes, MM:SS and H:MM:SS durations, numeric-looking GUID, zero length reported, legacy category', async () => {
    const { podcast, episode, report } = await byGuid('libsyn.xml');
    const bedtime = episode('5e1f0c3a-8d2b-4a7c-b9e6-2f1d0c9b8a70');
    expect(bedtime.audio.durationSeconds).toBe(22 * 60 + 13);
    expect(bedtime.summary).toBe('Simple habits for bedtime prayers & why they matter.');
    expect(bedtime.showNotes?.[0]?.children.map((c) => [c.text, c.marks])).toEqual([
      ['Simple habits for ', []],
      ['bedtime', ['strong']],
      [' prayers & why they matter.', []],
    ]);
    const grandparents = episode('0042');
    expect(grandparents).toMatchObject({
      title: 'Grandparents ’Round the Table',
      explicit: true,
      episodeType: 'bonus',
      audio: { durationSeconds: 3665 },
    });
    expect(grandparents.audio.sizeBytes).toBeUndefined();
    expect(report.warnings).toContainEqual({
      id: '0042',
      title: 'Grandparents ’Round the Table',
      message: expect.stringContaining('enclosure length "0"'),
    });
    expect(podcast.categories?.map((c) => c.category)).toEqual(['Kids & Family', 'Religion & Spirituality', 'Leisure']);
    expect(podcast).toMatchObject({ author: 'Parenting with Faith', language: 'en', locked: false });
  });

  it('Transistor: new-feed-url is reported, not copied; remote chapters and transcripts are reported', async () => {
    const { podcast, episode, report } = await byGuid('transistor.xml');
    expect(podcast.newFeedUrl).toBeUndefined();
    expect(podcast.podcastGuid).toBe('c0ffee00-1234-5678-9abc-def012345678');
    expect(episode('8a4c2e1f-aaaa-bbbb-cccc-123456789abc')).toMatchObject({
      episodeType: 'trailer',
      season: 3,
      publishedAt: '2024-03-06T10:00:00Z',
    });
    expect(episode('5b2d9e7a-dddd-eeee-ffff-abcdefabcdef').chapters).toBeUndefined();
    const messages = report.warnings.map((w) => `${w.id}: ${w.message}`);
    expect(messages).toContainEqual(
      expect.stringContaining('itunes:new-feed-url https://feeds.transistor.fm/table-talk'),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^5b2d9e7a-dddd-eeee-ffff-abcdefabcdef: chapters https:\/\/share.transistor.fm\/s\/5b2d9e7a\/chapters.json not imported/,
      ),
    );
    // One transcript field: of the two formats listed, the WebVTT file is the one named.
    expect(report.warnings.filter((w) => w.message.includes('transcript')).map((w) => w.detail)).toEqual([
      expect.stringMatching(/\.vtt$/),
    ]);
  });

  it('WordPress PowerPress: reports the item without audio, the bad date and the duplicate GUID; strips scripts; keeps minimal items', async () => {
    const { podcast, episodes, episode, report } = await byGuid('powerpress.xml');
    expect(report.skipped).toEqual([
      {
        id: 'https://familyroom.example/?p=4200',
        title: 'Episode With A Broken Date',
        message: 'pubDate "sometime last spring" is not a date: not imported',
      },
      {
        id: 'https://familyroom.example/?p=4300',
        title: 'A Blog Post Without Audio',
        message: expect.stringContaining('has no <enclosure>'),
      },
      {
        id: 'https://familyroom.example/?p=4321',
        title: 'Raising Teens Who Pray (repost)',
        message: expect.stringContaining('duplicate GUID'),
      },
    ]);
    expect(episodes).toHaveLength(2);
    const teens = episode('https://familyroom.example/?p=4321');
    expect(teens.title).toBe('Raising Teens Who Pray');
    expect(teens.audio).toMatchObject({ url: 'https://familyroom.example/podcast/teens.mp3', durationSeconds: 3723 });
    const notes = JSON.stringify(teens.showNotes);
    expect(notes).not.toMatch(/trackPlay|powerpress_player\{|javascript:/);
    expect(teens.showNotes?.find((b) => b.style === 'h3')?.children[0]?.text).toBe('Links');
    const minimal = episode('https://familyroom.example/podcast/minimal.mp3');
    expect(minimal).toMatchObject({
      title: 'No Optional Tags',
      episodeType: 'full',
      explicit: false,
      audio: { mimeType: 'audio/mpeg', sizeBytes: 123456 },
    });
    expect(minimal.audio.durationSeconds).toBeUndefined();
    expect(minimal.season).toBeUndefined();
    expect(minimal.showNotes).toBeUndefined();
    expect(podcast.title).toBe('The Kitchen Table – Family Room Mission');
    expect(podcast.podcastGuid).toBeUndefined();
    expect(report.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Made Up Category" is not on Apple'),
        expect.stringContaining('"not-a-uuid" is not a UUID'),
      ]),
    );
  });
});

describe('importPodcast: volume and stability', () => {
  scenarioIt('imports a feed of 1,000 items with unique ids and slugs, durations in every form', async () => {
    const { episodes, report } = await importPodcast({ xml: generatedFeed(1000), source: 'generated', localDir: null });
    expect(episodes).toHaveLength(1000);
    expect(report.skipped).toEqual([]);
    expect(report.warnings.map((w) => w.id)).toEqual(['']); // only: the show has no artwork
    expect(new Set(episodes.map((e) => e._id)).size).toBe(1000);
    expect(new Set(episodes.map((e) => e.slug.current)).size).toBe(1000);
    expect(episodes[0]).toMatchObject({
      guid: 'gen-1',
      slug: { current: 'episode-1-notes-and-questions' },
      episodeNumber: 1,
    });
    expect(episodes.every((e) => (e.audio.durationSeconds ?? 0) > 0)).toBe(true);
  });

  it('gives the same documents on every run', async () => {
    const first = await importPodcast(await fixtureFeed('buzzsprout.xml'));
    const second = await importPodcast(await fixtureFeed('buzzsprout.xml'));
    expect(JSON.stringify(second.episodes)).toBe(JSON.stringify(first.episodes));
    expect(second.podcast).toEqual(first.podcast);
  });

  it('does not hand out slugs that the target dataset already uses', async () => {
    const { episodes } = await importPodcast(await fixtureFeed('buzzsprout.xml'), {
      takenSlugs: ['fighting-fair'],
      remote: null,
    });
    expect(episodes.map((e) => e.slug.current)).toEqual(['why-we-started', 'fighting-fair-2']);
  });

  it.each([
    ['not XML', 'Hello, this is a web page', /not XML/],
    ['HTML', '<!doctype html><html><body><p>Moved</p></body></html>', /not well-formed XML|root element/],
    [
      'an Atom feed',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
      /root element is <feed>, expected <rss>/,
    ],
    ['RSS without channel', '<rss version="2.0"></rss>', /no <channel>/],
    ['broken XML', '<rss><channel><title>x</title></rss>', /not well-formed XML/],
  ])('throws a FeedError for %s', async (_name, xml, message) => {
    await expect(importPodcast({ xml, source: 'feed.xml', localDir: null })).rejects.toThrow(FeedError);
    await expect(importPodcast({ xml, source: 'feed.xml', localDir: null })).rejects.toThrow(message);
  });
});

describe('importPodcast: old addresses', () => {
  it('keeps an episode page that was on the site’s own domain as an old address of the episode, and none elsewhere', async () => {
    const feed = await fixtureFeed('powerpress.xml');
    const onSite = await importPodcast(feed, { remote: null, siteUrl: 'https://familyroom.example' });
    const teens = onSite.episodes.find((e) => e.guid === 'https://familyroom.example/?p=4321')!;
    expect(teens.slug.current).toBe('raising-teens-who-pray');
    expect(teens.previousPaths).toEqual(['/raising-teens-who-pray/']);
    const elsewhere = await importPodcast(feed, { remote: null, siteUrl: 'https://familyroommission.org' });
    expect(elsewhere.episodes.map((e) => e.previousPaths)).toEqual(elsewhere.episodes.map(() => undefined));
    // A host's own episode pages (Anchor) are not the site's.
    const anchor = await importPodcast(await fixtureFeed('anchor.xml'), { remote: null });
    expect(anchor.episodes.every((e) => e.previousPaths === undefined)).toBe(true);
  });
});
