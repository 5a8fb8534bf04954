import { describe, expect, it } from 'vitest';
import { sitePodcastFeedUrls } from './sitePodcastFeedUrls.ts';
import type { Episode, PersonSummary } from '@frm/content';

describe("the site's podcast feed addresses", () => {
  it("are the site's routes, with the transcript the caller decides", () => {
    const episode = { slug: 'turning-your-family-room' } as Episode;
    const transcript = (e: Episode) => ({ url: `/t/${e.slug}.vtt`, type: 'text/vtt' });
    const urls = sitePodcastFeedUrls(transcript);
    // Literal paths: the files site/src/pages serves them from.
    expect(urls.feed).toBe('/podcast/feed.xml');
    expect(urls.podcastPage).toBe('/podcast/');
    expect(urls.episodePage(episode)).toBe('/podcast/turning-your-family-room/');
    expect(urls.chapters(episode)).toBe('/podcast/chapters/turning-your-family-room.json');
    expect(urls.person({ slug: 'jane' } as PersonSummary)).toBe('/people/jane/');
    expect(urls.transcript(episode)).toEqual({ url: '/t/turning-your-family-room.vtt', type: 'text/vtt' });
    expect(urls.internalLink({ _type: 'post', slug: 'a-post' } as never)).toBe('/blog/a-post/');
    expect(urls.internalLink({ _type: 'podcastEpisode', slug: 'an-episode' } as never)).toBe('/podcast/an-episode/');
  });
});
