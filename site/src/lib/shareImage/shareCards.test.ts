import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteContent } from '@frm/content';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { loadSiteContent, siteCollectionDone } from '../../content/loadSiteContent.ts';
import { shareCardsOf } from './shareCards.ts';

let content: SiteContent;
let media: Map<string, string>;
beforeAll(async () => {
  Object.assign(process.env, {
    LOCAL_DATASET: seedDatasetPath,
    BUILD_TIME: '2026-11-01T00:00:00Z',
    SANITY_PROJECT_ID: '',
  });
  siteCollectionDone();
  ({ content, media } = await loadSiteContent(new URL('../../../', import.meta.url), () => {}));
  siteCollectionDone();
}, 60_000);

describe('shareCardsOf', () => {
  it('gives a card to each post, episode and resource without an image of its own, and to no other', () => {
    const cards = shareCardsOf(content, media);
    const withoutImage = [
      ...content.posts
        .filter((p) => !p.seo?.ogImage?.asset && !p.mainImage?.asset)
        .map((p) => `/og/blog/${p.slug}.png`),
      ...content.episodes.filter((e) => !e.image?.asset).map((e) => `/og/podcast/${e.slug}.png`),
      ...content.resources.filter((r) => !r.image?.asset).map((r) => `/og/resources/${r.kind}/${r.slug}.png`),
    ];
    expect(withoutImage.length).toBeGreaterThan(3);
    expect(cards.map((card) => card.path).sort()).toEqual(withoutImage.sort());
    expect(new Set(cards.map((card) => card.siteName))).toEqual(new Set([content.siteSettings.title]));
  });

  it("episode cards show the show's artwork: the embedded file, or the Content Lake's through SANITY_ASSET_BASE_URL", () => {
    const episode = shareCardsOf(content, media).find((card) => card.path.startsWith('/og/podcast/'))!;
    expect(episode.kicker).toContain(content.podcast.title);
    expect(existsSync(episode.art!.file!)).toBe(true);

    const onLake = structuredClone(content);
    onLake.podcast.artwork!.asset!.url = 'https://cdn.sanity.io/images/p/production/art-1400x1400.png';
    process.env.SANITY_ASSET_BASE_URL = 'http://127.0.0.1:9/assets';
    try {
      const art = shareCardsOf(onLake, new Map()).find((card) => card.art)!.art!;
      expect(art.file).toBeUndefined();
      expect(art.url).toBe('http://127.0.0.1:9/assets/images/p/production/art-1400x1400.png?w=360&h=360&fit=crop');
    } finally {
      delete process.env.SANITY_ASSET_BASE_URL;
    }
  });
});
