import { episode, feedInput, image, settings } from './feedFixtures.ts';
import type { PodcastFeedInput } from '../podcastFeed.ts';

/*
 * A feed that uses every tag the builder wrote before the Podcasting 2.0 additions of #17 (guests,
 * chapters, transcript, funding, locked, own GUID, episode artwork, numbering) and none of the
 * fields added since. `golden/podcastFeed.before-p20.xml` is this input's feed as built by the code
 * before those additions; podcastFeed.golden.test.ts checks the output did not move. (Its enclosure
 * lengths are the fixture's uploaded file sizes, which later became distinct from `sizeBytes`.)
 */
export function goldenFeedInput(numbered: boolean): PodcastFeedInput {
  const numbers = (n: number) => (numbered ? { season: 1, episodeNumber: n } : { season: null, episodeNumber: null });
  const guest = {
    _id: 'person-rachel',
    name: 'Rachel Holloway',
    slug: 'rachel-holloway',
    role: 'guest' as const,
    url: null,
    image: image('/media/rachel.jpg', 400),
  };
  return feedInput({
    podcast: settings({ podcastGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810', locked: true }),
    episodes: [
      episode(1, {
        ...numbers(1),
        guid: 'https://old-host.example/1',
        guests: [guest],
        chapters: [{ _key: 'c', startSeconds: 0, title: 'Intro', url: null }],
      }),
      episode(2, {
        ...numbers(2),
        image: image('/media/ep2-1400.jpg'),
        transcript: { text: 'Hello there', language: 'en', file: null },
      }),
      episode(3, { ...numbers(3), episodeType: 'bonus', explicit: true }),
    ],
  });
}
