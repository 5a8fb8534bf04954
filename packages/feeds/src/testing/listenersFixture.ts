import type { PodcastFeedInput } from '../podcastFeed.ts';
import { episode, feedInput, image, settings } from './feedFixtures.ts';

/** A show and episode that fill in every field added for #29: chapters as timestamps, episode funding, 16:9 images. */
export function listenersFeedInput(): PodcastFeedInput {
  const chapters = [
    { _key: 'c2', startSeconds: 754.6, title: 'Listener question: “chores & fights”', url: null },
    { _key: 'c1', startSeconds: 0, title: 'Welcome', url: null },
    { _key: 'c3', startSeconds: 3725, title: 'Prayer', url: 'https://familyroommission.org/pray' },
  ];
  return feedInput({
    podcast: settings({ wideImage: image('/media/show-wide.jpg', 1920, 1080, 'The show artwork, wide') }),
    episodes: [
      episode(1, { chapters: chapters.slice(0, 2) }),
      episode(4, {
        chapters,
        image: image('/media/ep4-3000.jpg', 3000, 3000, 'Episode 4 artwork'),
        wideImage: image('/media/ep4-wide.jpg', 1280, 720, 'Episode 4, wide'),
        funding: [
          {
            _key: 'f',
            url: 'https://familyroommission.org/give/marriage-weekend',
            label: 'Send a couple to the marriage weekend',
          },
        ],
      }),
    ],
  });
}
