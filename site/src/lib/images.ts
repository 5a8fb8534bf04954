import type { ImageMetadata } from 'astro';
import { createImageUrlBuilder } from '@sanity/image-url';
import localImages from 'virtual:frm/local-images';
import type { ImageField } from '@frm/content';
import { readEnv } from '@frm/content/env';

type ImageAsset = NonNullable<ImageField['asset']>;

/**
 * On the embedded source each image asset carries `src`, its path in the export (see
 * content/localAssets.ts), whose ImageMetadata Astro's image pipeline can transform.
 */
export function localImage(asset: ImageAsset): ImageMetadata | undefined {
  const src = (asset as ImageAsset & { src?: unknown }).src;
  return typeof src === 'string' ? localImages.get(src) : undefined;
}

const builder = () => {
  const { projectId, dataset } = readEnv().sanity;
  return projectId ? createImageUrlBuilder({ projectId, dataset }) : undefined;
};

export interface CdnImage {
  src: string;
  srcset: string;
}

/** Sanity image CDN URLs (crop and hotspot applied, best format for the browser) for the Content Lake source. */
export function cdnImage(
  image: Pick<ImageField, 'crop' | 'hotspot'> & { asset: ImageAsset },
  widths: number[],
  aspect?: number,
): CdnImage | undefined {
  const urls = builder();
  if (!urls) return undefined;
  const source = {
    asset: { _ref: image.asset._id },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  };
  const at = (width: number) => {
    let url = urls
      .image(source)
      .width(width)
      .auto('format')
      .fit(aspect ? 'crop' : 'max')
      .quality(75);
    if (aspect) url = url.height(Math.round(width / aspect));
    return url.url();
  };
  const usable = widths.filter((w) => w <= image.asset.width);
  const list = usable.length ? usable : [image.asset.width];
  return { src: at(list[list.length - 1]!), srcset: list.map((w) => `${at(w)} ${w}w`).join(', ') };
}
