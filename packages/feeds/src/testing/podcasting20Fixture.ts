import type { PodcastFeedInput } from '../podcastFeed.ts';
import { episode, feedInput, image, settings } from './feedFixtures.ts';

/** A show and episode that fill in every Podcasting 2.0 field added for #17. */
export function podcasting20FeedInput(overrides: Partial<PodcastFeedInput['podcast']> = {}): PodcastFeedInput {
  const host = {
    _id: 'person-nate',
    name: 'Nate Holloway',
    slug: 'nate-holloway',
    role: 'host' as const,
    url: 'https://nate.example/',
    image: image('/media/nate.jpg', 400),
  };
  const cohost = {
    _id: 'person-maya',
    name: 'Maya Holloway',
    slug: 'maya-holloway',
    role: 'host' as const,
    url: null,
    image: null,
  };
  const guest = {
    _id: 'person-rachel',
    name: 'Rachel Reyes',
    slug: 'rachel-reyes',
    role: 'guest' as const,
    url: null,
    image: null,
  };
  const full = episode(4, {
    season: 2,
    episodeNumber: 4,
    guests: [guest],
    soundbites: [
      { _key: 's1', startSeconds: 73, durationSeconds: 60, title: 'Why chores start fights' },
      { _key: 's2', startSeconds: 1234.5, durationSeconds: 42.25, title: null },
    ],
    alternateEnclosures: [
      {
        _key: 'a1',
        title: 'Video',
        mimeType: 'video/mp4',
        url: 'https://video.example/ep4-720.mp4',
        sizeBytes: 7924786,
        bitrateKbps: 511.5,
        height: 720,
      },
      {
        _key: 'a2',
        title: 'Low data',
        mimeType: 'audio/mpeg',
        url: 'https://media.example/ep4-32k.mp3',
        sizeBytes: 120000,
        bitrateKbps: 32,
        height: null,
      },
    ],
  });
  return feedInput({
    podcast: settings({
      hosts: [host, cohost],
      medium: 'podcast',
      license: { identifier: 'cc-by-nc-nd-4.0', name: null, url: null },
      txt: [
        { _key: 't1', purpose: 'applepodcastsverify', text: 'S6lpp-7ZCn8-dZfGc-OoyaG' },
        { _key: 't2', purpose: null, text: 'naj3eEZaWVVY9a38uhX8FekACyhtqP4JN' },
      ],
      updateFrequency: 'FREQ=WEEKLY;INTERVAL=2',
      location: {
        name: 'Denver, Colorado',
        rel: 'creator',
        geo: 'geo:39.7392,-104.9903',
        osm: 'R1411339',
        country: 'US',
      },
      podroll: [
        {
          _key: 'p1',
          feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
          feedUrl: 'https://feeds.podcastindex.org/pc20.xml',
          title: 'Podcasting 2.0',
        },
        { _key: 'p2', feedGuid: '29cdca4a-32d8-56ba-b48b-09a011c5daa9', feedUrl: null, title: 'Buzzcast' },
      ],
      trailer: {
        title: 'Welcome to the Family Room',
        publishedAt: '2024-12-30T08:00:00Z',
        season: 2,
        audio: {
          mimeType: 'audio/mpeg',
          sizeBytes: 480000,
          url: null,
          file: {
            _id: 'file-trailer-mp3',
            url: '/media/trailer.mp3',
            mimeType: 'audio/mpeg',
            size: 480123,
            originalFilename: 'trailer.mp3',
          },
        },
      },
      ...overrides,
    }),
    episodes: [episode(1), full],
  });
}
