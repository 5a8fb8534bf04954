import { ARTWORK_MAX, ARTWORK_MIN, isPodcastArtworkSize } from '@frm/content/rules';

export interface Dimensions {
  width: number;
  height: number;
}

export { ARTWORK_MAX, ARTWORK_MIN };

/** Reads width/height from an image asset id such as `image-<hash>-1400x1400-jpg`. */
export function dimensionsFromAssetId(assetId: unknown): Dimensions | undefined {
  if (typeof assetId !== 'string') return undefined;
  const match = /^image-[a-zA-Z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/.exec(assetId);
  if (!match) return undefined;
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** The size of an image field's upload: undefined while there is none, null when its asset id does not say. */
function uploadedSize(image: unknown): Dimensions | null | undefined {
  const ref = (image as { asset?: { _ref?: unknown } } | undefined)?.asset?._ref;
  if (ref === undefined) return undefined;
  return dimensionsFromAssetId(ref) ?? null;
}

/**
 * Podcast apps (Apple, Spotify) require square artwork between 1400 and 3000 pixels.
 * Returns true when there is no image yet (required-ness is a separate rule) or the size is right.
 */
export function checkSquareArtwork(image: unknown): true | string {
  const size = uploadedSize(image);
  if (size === undefined) return true;
  if (size === null) return 'Could not read the image size: upload the artwork again';
  const { width, height } = size;
  if (isPodcastArtworkSize(width, height)) return true;
  return `Podcast apps need square artwork from ${ARTWORK_MIN}×${ARTWORK_MIN} to ${ARTWORK_MAX}×${ARTWORK_MAX} pixels; this image is ${width}×${height}`;
}

/** Wide artwork apps and link previews show at 16:9; at least this wide to stay sharp. */
export const WIDE_IMAGE_MIN_WIDTH = 1280;

/** A 16:9 image (within a pixel of rounding), at least 1280 pixels wide. True when there is no image yet. */
export function checkWideImage(image: unknown): true | string {
  const size = uploadedSize(image);
  if (size === undefined) return true;
  if (size === null) return 'Could not read the image size: upload the image again';
  const { width, height } = size;
  if (Math.abs(height - (width * 9) / 16) <= 1 && width >= WIDE_IMAGE_MIN_WIDTH) return true;
  return `Podcast apps show this image at 16:9, e.g. 1920×1080 pixels (at least ${WIDE_IMAGE_MIN_WIDTH} wide); this image is ${width}×${height}`;
}
