import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { podcastFeed } from './podcastFeed.ts';
import { goldenFeedInput } from './testing/goldenFeed.ts';

/*
 * The feed of a show that uses none of the fields added for #17 and #29 must not move: directories
 * and apps see exactly the bytes they saw before, apart from the tags derived from fields every
 * show already had (podcast:season/episode from the numbering, podcast:image from the artwork),
 * each on its own line next to its iTunes twin. The golden files were written by the feed builder
 * before those fields existed (commit "Feeds: golden feeds before the Podcasting 2.0 additions").
 */
const golden = (name: string) => readFileSync(new URL(`./testing/golden/${name}`, import.meta.url), 'utf8');

/** The feed's lines matching `added`, and the feed without them. */
function split(xml: string, added: RegExp) {
  const lines = xml.split('\n');
  return {
    added: lines.filter((line) => added.test(line)).map((line) => line.trim()),
    rest: lines.filter((line) => !added.test(line)).join('\n'),
  };
}

const artworkLines = [
  '<podcast:image href="https://familyroommission.org/media/artwork-1400x1400.jpg" alt="Artwork" aspect-ratio="1/1" width="1400" height="1400" purpose="artwork"/>',
  '<podcast:image href="https://familyroommission.org/media/ep2-1400.jpg" alt="Artwork" aspect-ratio="1/1" width="1400" height="1400" purpose="artwork"/>',
];

describe('podcastFeed without the new fields', () => {
  it('is byte-identical to the feed built before the Podcasting 2.0 additions, plus podcast:image from the artwork', () => {
    const { added, rest } = split(podcastFeed(goldenFeedInput(false)), /<podcast:image /);
    expect(added).toEqual(artworkLines);
    expect(rest).toBe(golden('podcastFeed.unnumbered.xml'));
  });

  it('only adds podcast:season and podcast:episode next to numbered episodes', () => {
    const { added, rest } = split(podcastFeed(goldenFeedInput(true)), /<podcast:(season|episode)>|<podcast:image /);
    expect(added).toEqual([
      artworkLines[0],
      '<podcast:season>1</podcast:season>',
      '<podcast:episode>3</podcast:episode>',
      artworkLines[1],
      '<podcast:season>1</podcast:season>',
      '<podcast:episode>2</podcast:episode>',
      '<podcast:season>1</podcast:season>',
      '<podcast:episode>1</podcast:episode>',
    ]);
    expect(rest).toBe(golden('podcastFeed.numbered.xml'));
  });
});
