import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absoluteUrl.ts';
import { documentPath, paths } from './sitePaths.ts';

describe('site paths', () => {
  it('paginates the blog and the episode list from page 2 on', () => {
    expect(paths.blog()).toBe('/blog/');
    expect(paths.blog(1)).toBe('/blog/');
    expect(paths.blog(3)).toBe('/blog/3/');
    expect(paths.episodes(2)).toBe('/podcast/episodes/2/');
  });
  it('ends page paths with a slash and file paths without', () => {
    expect(paths.post('a-b')).toBe('/blog/a-b/');
    expect(paths.podcastFeed()).toBe('/podcast/feed.xml');
    expect(paths.chapters('ep-1')).toBe('/podcast/chapters/ep-1.json');
    expect(paths.transcript('ep-1', 'vtt')).toBe('/podcast/transcripts/ep-1.vtt');
  });
  it('makes absolute URLs on the site origin, with or without a trailing slash on the site', () => {
    expect(absoluteUrl('/blog/', 'https://example.org')).toBe('https://example.org/blog/');
    expect(absoluteUrl('/blog/', 'https://example.org/')).toBe('https://example.org/blog/');
    expect(absoluteUrl('https://cdn.sanity.io/x.jpg', 'https://example.org')).toBe('https://cdn.sanity.io/x.jpg');
    // A site under a path: relative URLs resolve inside it, whether or not SITE_URL ends with a slash.
    expect(absoluteUrl('media/ep1.mp3', 'https://example.org/mission')).toBe(
      'https://example.org/mission/media/ep1.mp3',
    );
    expect(absoluteUrl('media/ep1.mp3', 'https://example.org/mission/')).toBe(
      'https://example.org/mission/media/ep1.mp3',
    );
  });
  it('resolves internal links by document type', () => {
    expect(documentPath({ _type: 'post', slug: 'p' })).toBe('/blog/p/');
    expect(documentPath({ _type: 'podcastEpisode', slug: 'e' })).toBe('/podcast/e/');
    expect(documentPath({ _type: 'topic', slug: 't' })).toBe('/blog/topics/t/');
    expect(documentPath({ _type: 'page', slug: 'about' })).toBe('/about/');
    expect(documentPath({ _type: 'resource', slug: 'r', kind: 'ebook' })).toBe('/resources/ebook/r/');
    expect(documentPath({ _type: 'resource', slug: 'r' })).toBe('/resources/#r');
    expect(documentPath({ _type: 'person', slug: 'n' })).toBe('/people/n/');
    expect(documentPath({ _type: 'post', slug: null })).toBeUndefined();
    expect(documentPath({ _type: 'post', slug: '  ' })).toBeUndefined();
    expect(documentPath({ _type: 'sanity.imageAsset', slug: 'x' })).toBeUndefined();
  });
  it('opens the section of the two singletons (the studio links them)', () => {
    expect(documentPath({ _type: 'podcast' })).toBe('/podcast/');
    expect(documentPath({ _type: 'siteSettings' })).toBe('/');
  });
});
