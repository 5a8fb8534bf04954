import { parseFeed } from 'podcast-partytime';
import { describe, expect, it } from 'vitest';
import { podcastFeed } from './podcastFeed.ts';
import { episode, feedInput, settings } from './testing/feedFixtures.ts';

/* An analytics prefix (here OP3) moves where apps download from, and nothing else. */

const episodes = [
  episode(1, { guid: 'https://old-host.example/1' }),
  episode(2),
  episode(3, {
    audio: {
      mimeType: 'audio/mpeg',
      sizeBytes: 5,
      durationSeconds: 9,
      url: 'http://media.example/ep3.mp3',
      file: null,
    },
  }),
];
// Built inside each test, not at load time: Stryker's perTest coverage then knows which test reaches what.
const off = () => podcastFeed(feedInput({ episodes }));
const on = () => podcastFeed(feedInput({ episodes, podcast: settings({ analyticsPrefix: 'https://op3.dev/e/' }) }));

describe('podcastFeed with an analytics prefix', () => {
  it('puts the prefix in front of every enclosure URL, without the scheme', () => {
    expect(parseFeed(on())!.items.map((i) => i.enclosure.url)).toEqual([
      'https://op3.dev/e/media.example/ep3.mp3',
      'https://op3.dev/e/familyroommission.org/media/ep2.mp3',
      'https://op3.dev/e/familyroommission.org/media/ep1.mp3',
    ]);
  });

  it('never changes a GUID', () => {
    const guids = (xml: string) => parseFeed(xml)!.items.map((i) => i.guid);
    expect(guids(on())).toEqual(['episode-3', 'episode-2', 'https://old-host.example/1']);
    expect(guids(on())).toEqual(guids(off()));
  });

  it('changes nothing but the enclosure lines', () => {
    const changed = on()
      .split('\n')
      .filter((line, i) => line !== off().split('\n')[i]);
    expect(changed).toHaveLength(3);
    for (const line of changed) expect(line.trim()).toMatch(/^<enclosure url="https:\/\/op3\.dev\/e\//);
  });

  it('is off by default', () => {
    expect(settings().analyticsPrefix).toBeNull();
    expect(off()).not.toContain('op3.dev');
  });
});
