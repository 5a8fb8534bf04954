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

/**
 * Podcast apps (Apple, Spotify) require square artwork between 1400 and 3000 pixels.
 * Returns true when there is no image yet (required-ness is a separate rule) or the size is right.
 */
export function checkSquareArtwork(image: unknown): true | string {
  const ref = (image as { asset?: { _ref?: unknown } } | undefined)?.asset?._ref;
  if (ref === undefined) return true;
  const size = dimensionsFromAssetId(ref);
  if (!size) return 'Could not read the image size: upload the artwork again';
  const { width, height } = size;
  if (isPodcastArtworkSize(width, height)) return true;
  return `Podcast apps need square artwork from ${ARTWORK_MIN}×${ARTWORK_MIN} to ${ARTWORK_MAX}×${ARTWORK_MAX} pixels; this image is ${width}×${height}`;
}
