import type { ImageField } from '@frm/content';
import { readEnv } from '@frm/content/env';

/** A generated share card: the size Facebook, LinkedIn, X and chat apps show large. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** A page's share image for og:image and twitter:image (see components/seo/SeoHead.astro). */
export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** A post's own share image: its SEO share image, else its main image. */
export const postOwnImage = (post: { seo: { ogImage: ImageField | null } | null; mainImage: ImageField | null }) =>
  post.seo?.ogImage?.asset ? post.seo.ogImage : post.mainImage?.asset ? post.mainImage : null;

/** Where a page's generated card is served: /blog/hope/ → /og/blog/hope.png. */
export const shareCardPath = (pagePath: string) => `/og/${pagePath.replace(/^\/|\/$/g, '')}.png`;

/**
 * The editor's image when set, else the generated card of the page; with SHARE_CARDS=off, and on
 * the preview server (only the static build draws cards), undefined: the page shares the site's
 * default image.
 */
export function shareImageFor(
  pagePath: string,
  title: string,
  image: ImageField | null | undefined,
): ShareImage | undefined {
  if (image?.asset?.url)
    return { url: image.asset.url, alt: image.alt, width: image.asset.width, height: image.asset.height };
  // `=== true`: Vitest hands Vite's defines over as strings ("false").
  const previewServer = import.meta.env.FRM_PREVIEW === true;
  return readEnv().shareCards && !previewServer
    ? { url: shareCardPath(pagePath), alt: title, ...SHARE_CARD }
    : undefined;
}
