import type { Episode, ImageField, PodcastSettings } from '@frm/content';
import type { PodcastFeedInput } from '../podcastFeed.ts';

/** Test inputs for the feed builders, typed by the content models. */

export const image = (url: string | null, width = 1400, height = width, alt = 'Artwork'): ImageField => ({
  alt,
  caption: null,
  hotspot: null,
  crop: null,
  asset: { _id: `image-${width}x${height}`, url, width, height },
});

export function settings(overrides: Partial<PodcastSettings> = {}): PodcastSettings {
  return {
    title: 'Family Room Mission Podcast',
    description: 'Honest conversations for Christian families.',
    author: 'Family Room Mission',
    ownerName: 'Nate Holloway',
    ownerEmail: 'podcast@familyroommission.org',
    language: 'en-us',
    categories: [
      { _key: 'c1', category: 'Religion & Spirituality', subcategory: 'Christianity' },
      { _key: 'c2', category: 'Kids & Family', subcategory: 'Parenting' },
    ],
    explicit: false,
    artwork: image('/media/artwork-1400x1400.jpg'),
    wideImage: null,
    copyright: '© 2025 Family Room Mission',
    type: 'episodic',
    podcastGuid: null,
    locked: false,
    funding: [{ _key: 'f1', url: 'https://familyroommission.org/give', label: 'Support the ministry' }],
    newFeedUrl: null,
    hosts: [],
    medium: null,
    license: null,
    txt: [],
    updateFrequency: null,
    location: null,
    podroll: [],
    trailer: null,
    analyticsPrefix: null,
    subscribeLinks: [],
    ...overrides,
  };
}

export function episode(n: number, overrides: Partial<Episode> = {}): Episode {
  const day = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
  return {
    _id: `episode-${n}`,
    title: `Episode ${n}`,
    slug: `episode-${n}`,
    previousPaths: [],
    publishedAt: day,
    episodeNumber: n,
    season: 1,
    episodeType: 'full',
    summary: `Summary of episode ${n}.`,
    explicit: false,
    image: null,
    // The uploaded asset's size differs from the studio's sizeBytes, so tests see which one the feed uses.
    audio: {
      mimeType: 'audio/mpeg',
      sizeBytes: 1000 + n,
      durationSeconds: 60 * n + 0.4,
      url: null,
      file: {
        _id: `file-${n}-mp3`,
        url: `/media/ep${n}.mp3`,
        mimeType: 'audio/mpeg',
        size: 5000 + n,
        originalFilename: `ep${n}.mp3`,
      },
    },
    showNotes: [
      {
        _key: 'b',
        _type: 'block',
        style: 'normal',
        children: [{ _key: 's', _type: 'span', text: `Notes for episode ${n}.`, marks: [] }],
        markDefs: [],
      },
    ],
    chapters: [],
    wideImage: null,
    funding: [],
    transcript: null,
    guests: [],
    soundbites: [],
    alternateEnclosures: [],
    topics: [],
    relatedPosts: [],
    guid: null,
    ...overrides,
  };
}

export const siteUrl = 'https://familyroommission.org';

export function feedInput(overrides: Partial<PodcastFeedInput> = {}): PodcastFeedInput {
  return {
    podcast: settings(),
    episodes: [episode(1), episode(2)],
    site: { url: siteUrl },
    now: '2026-11-01T00:00:00Z',
    urls: {
      feed: '/podcast/feed.xml',
      podcastPage: '/podcast/',
      episodePage: (e) => `/podcast/${e.slug}/`,
      chapters: (e) => `/podcast/chapters/${e.slug}.json`,
      transcript: (e) =>
        e.transcript?.text ? { url: `/podcast/transcripts/${e.slug}.txt`, type: 'text/plain' } : undefined,
      person: (p) => `/people/${p.slug}/`,
      internalLink: (target) => (target.slug ? `/blog/${target.slug}/` : undefined),
    },
    ...overrides,
  };
}
