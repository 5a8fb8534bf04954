import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { podcastFeed } from './podcastFeed.ts';
import { goldenFeedInput } from './testing/goldenFeed.ts';

/*
 * The feed of a show that uses none of the fields added for #17 must not move: directories and
 * apps see exactly the bytes they saw before. The golden files were written by the feed builder
 * before those fields existed (commit "Feeds: golden feeds before the Podcasting 2.0 additions").
 */
const golden = (name: string) => readFileSync(new URL(`./testing/golden/${name}`, import.meta.url), 'utf8');

describe('podcastFeed without the new fields', () => {
  it('is byte-identical to the feed built before the Podcasting 2.0 additions', () => {
    expect(podcastFeed(goldenFeedInput(false))).toBe(golden('podcastFeed.unnumbered.xml'));
  });

  it('only adds podcast:season and podcast:episode next to numbered episodes', () => {
    const xml = podcastFeed(goldenFeedInput(true));
    const added = xml.split('\n').filter((line) => /<podcast:(season|episode)>/.test(line));
    expect(added.map((line) => line.trim())).toEqual(['<podcast:season>1</podcast:season>', '<podcast:episode>3</podcast:episode>', '<podcast:season>1</podcast:season>', '<podcast:episode>2</podcast:episode>', '<podcast:season>1</podcast:season>', '<podcast:episode>1</podcast:episode>']);
    const withoutAdded = xml.split('\n').filter((line) => !added.includes(line)).join('\n');
    expect(withoutAdded).toBe(golden('podcastFeed.numbered.xml'));
  });
});
