import { describe, expect, it } from 'vitest';
import { paths } from '@frm/content/urls';
import { sitePodcastFeedUrls } from './sitePodcastFeedUrls.ts';
import type { Episode, PersonSummary } from '@frm/content';

describe("the site's podcast feed addresses", () => {
  it('come from the shared path map, with the transcript the caller decides', () => {
    const episode = { slug: 'turning-your-family-room' } as Episode;
    const transcript = (e: Episode) => ({ url: `/t/${e.slug}.vtt`, type: 'text/vtt' });
    const urls = sitePodcastFeedUrls(transcript);
    expect(urls.feed).toBe(paths.podcastFeed());
    expect(urls.podcastPage).toBe(paths.podcast());
    expect(urls.episodePage(episode)).toBe(paths.episode('turning-your-family-room'));
    expect(urls.chapters(episode)).toBe(paths.chapters('turning-your-family-room'));
    expect(urls.person({ slug: 'jane' } as PersonSummary)).toBe(paths.person('jane'));
    expect(urls.transcript(episode)).toEqual({ url: '/t/turning-your-family-room.vtt', type: 'text/vtt' });
    expect(urls.internalLink({ _type: 'post', slug: 'a-post' } as never)).toBe(paths.post('a-post'));
  });
});
