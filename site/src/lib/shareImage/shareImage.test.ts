import { describe, expect, it } from 'vitest';
import type { ImageField } from '@frm/content';
import { postOwnImage, shareCardPath, shareImageFor } from './shareImage.ts';

const image = (id: string): ImageField => ({
  alt: `alt ${id}`,
  caption: null,
  hotspot: null,
  crop: null,
  asset: { _id: id, url: `/media/${id}.jpg`, width: 1600, height: 900 },
});

describe('share images', () => {
  it('a page without an image of its own gets its generated 1200×630 card', () => {
    expect(shareImageFor('/blog/hope/', 'Hope', null)).toEqual({
      url: '/og/blog/hope.png',
      alt: 'Hope',
      width: 1200,
      height: 630,
    });
    expect(shareCardPath('/podcast/fighting-fair/')).toBe('/og/podcast/fighting-fair.png');
  });

  it('with SHARE_CARDS=off, a page without an image of its own has none (it shares the site default)', () => {
    process.env.SHARE_CARDS = 'off';
    try {
      expect(shareImageFor('/blog/hope/', 'Hope', null)).toBeUndefined();
      expect(shareImageFor('/blog/hope/', 'Hope', image('a'))?.url).toBe('/media/a.jpg');
    } finally {
      delete process.env.SHARE_CARDS;
    }
  });

  it("keeps the editor's image", () => {
    expect(shareImageFor('/blog/hope/', 'Hope', image('a'))).toEqual({
      url: '/media/a.jpg',
      alt: 'alt a',
      width: 1600,
      height: 900,
    });
  });

  it("a post's own image is its SEO share image, else its main image", () => {
    expect(postOwnImage({ seo: { ogImage: image('og') }, mainImage: image('main') })?.asset?._id).toBe('og');
    expect(postOwnImage({ seo: null, mainImage: image('main') })?.asset?._id).toBe('main');
    expect(postOwnImage({ seo: { ogImage: null }, mainImage: null })).toBeNull();
  });
});
