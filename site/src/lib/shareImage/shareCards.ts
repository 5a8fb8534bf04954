import type { ImageField } from '@frm/content';
import { episodesNewestFirst, podcastSettings, postsNewestFirst, siteSettings } from '../collections.ts';
import { episodeLabel } from '../episodes.ts';
import { paths } from '../urls.ts';
import { SHARE_CARD } from './shareCard.ts';

/** What a generated card shows; the art is an image asset, read when the card is rendered. */
export interface ShareCardContent {
  title: string;
  kicker: string;
  siteName: string;
  art: NonNullable<ImageField['asset']> | null;
}

/** A page's share image for og:image and twitter:image (see components/seo/SeoHead.astro). */
export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** A post's own share image: its SEO share image, else its main image. */
export const postOwnImage = (post: { seo: { ogImage: ImageField | null } | null; mainImage: ImageField | null }) => (post.seo?.ogImage?.asset ? post.seo.ogImage : post.mainImage?.asset ? post.mainImage : null);

/** Where a page's generated card is served: /blog/hope/ → /og/blog/hope.png. */
export const shareCardPath = (pagePath: string) => `/og/${pagePath.replace(/^\/|\/$/g, '')}.png`;

/** The editor's image when set, else the generated card of the page. */
export function shareImageFor(pagePath: string, title: string, image: ImageField | null | undefined): ShareImage {
  if (image?.asset?.url) return { url: image.asset.url, alt: image.alt, width: image.asset.width, height: image.asset.height };
  return { url: shareCardPath(pagePath), alt: title, ...SHARE_CARD };
}

/**
 * Every generated card, by its path under /og/: posts without a share image or main image, and
 * episodes without their own image (their card shows the show's artwork).
 */
export async function shareCards(): Promise<Array<{ path: string; card: ShareCardContent }>> {
  const [settings, podcast, posts, episodes] = await Promise.all([siteSettings(), podcastSettings(), postsNewestFirst(), episodesNewestFirst()]);
  const siteName = settings.title;
  return [
    ...posts
      .filter(({ data: post }) => !postOwnImage(post))
      .map(({ data: post }) => ({ path: shareCardPath(paths.post(post.slug)), card: { title: post.title, kicker: 'Blog', siteName, art: null } })),
    ...episodes
      .filter(({ data: episode }) => !episode.image?.asset)
      .map(({ data: episode }) => {
        const label = episodeLabel(episode);
        return { path: shareCardPath(paths.episode(episode.slug)), card: { title: episode.title, kicker: label ? `${podcast.title} · ${label}` : podcast.title, siteName, art: podcast.artwork?.asset ?? null } };
      }),
  ];
}
