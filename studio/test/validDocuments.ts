import { imageWithAsset } from './testWorkspace.ts';

/** Documents that pass the studio's validation, for tests to vary one field at a time. */
export const validEpisode = {
  _type: 'podcastEpisode',
  title: 'Dinner table questions',
  slug: { _type: 'slug', current: 'dinner-table-questions' },
  publishedAt: '2026-02-01T06:00:00Z',
  episodeNumber: 3,
  season: 1,
  episodeType: 'full',
  summary: 'Questions that get kids talking.',
  audio: {
    _type: 'podcastAudio',
    url: 'https://media.example.org/e3.mp3',
    mimeType: 'audio/mpeg',
    sizeBytes: 48213456,
    durationSeconds: 2712,
  },
  explicit: false,
};

export const validPodcast = {
  _id: 'podcast',
  _type: 'podcast',
  title: 'Family Room',
  description: 'Conversations for Christian families.',
  author: 'Family Room Mission',
  ownerName: 'Family Room Mission',
  ownerEmail: 'podcast@familyroommission.org',
  language: 'en-us',
  categories: [
    { _type: 'podcastCategory', _key: 'c1', category: 'Religion & Spirituality', subcategory: 'Christianity' },
  ],
  explicit: false,
  artwork: imageWithAsset(3000, 3000, 'Family Room logo'),
  type: 'episodic',
};
