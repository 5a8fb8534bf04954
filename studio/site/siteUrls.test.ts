import { describe, expect, it } from 'vitest';
// The Astro site's own URL rules: the studio must send editors to the same addresses.
import { documentPath, paths } from '../../site/src/lib/urls.ts';
import { DEFAULT_PREVIEW_URL, DEFAULT_SITE_URL, previewOrigin, siteOrigin, sitePath, siteUrl } from './siteUrls.ts';

describe('site URLs', () => {
  it.each(['post', 'podcastEpisode', 'topic', 'page', 'person', 'resource'])('%s paths match the site', (type) => {
    expect(sitePath(type, 'family-dinner')).toBe(documentPath({ _type: type, slug: 'family-dinner' }));
  });

  it('singletons open their section', () => {
    expect(sitePath('podcast', undefined)).toBe(paths.podcast());
    expect(sitePath('siteSettings', undefined)).toBe(paths.home());
  });

  it('has no address without a slug or for unknown types', () => {
    expect(sitePath('post', undefined)).toBeUndefined();
    expect(sitePath('post', '  ')).toBeUndefined();
    expect(sitePath('sanity.imageAsset', 'x')).toBeUndefined();
  });

  it('reads the origins from SANITY_STUDIO_SITE_URL and SANITY_STUDIO_PREVIEW_URL', () => {
    expect(siteOrigin({})).toBe(DEFAULT_SITE_URL);
    expect(siteOrigin({ SANITY_STUDIO_SITE_URL: 'https://staging.example.org/' })).toBe('https://staging.example.org');
    expect(previewOrigin({})).toBe(DEFAULT_PREVIEW_URL);
    expect(previewOrigin({ SANITY_STUDIO_PREVIEW_URL: 'http://127.0.0.1:4000' })).toBe('http://127.0.0.1:4000');
    expect(siteUrl('podcastEpisode', 'rest', 'https://familyroommission.org')).toBe('https://familyroommission.org/podcast/rest/');
  });
});
