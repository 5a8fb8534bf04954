import type { ImageField } from '@frm/content';

/**
 * `podcast:image` (Podcasting 2.0, formalized July 2025) for an uploaded image: its address,
 * alt text, aspect ratio and size, and what apps may use it for (`artwork` for the square
 * cover, `artwork social` for the 16:9 version, as the namespace's examples do).
 */
export function podcastImageTag(
  image: ImageField | null,
  purpose: 'artwork' | 'artwork social',
  abs: (url: string) => string,
): Record<string, string> | undefined {
  const asset = image?.asset;
  if (!image || !asset?.url) return undefined;
  return {
    '@_href': abs(asset.url),
    '@_alt': image.alt,
    '@_aspect-ratio': aspectRatio(asset.width, asset.height),
    '@_width': String(asset.width),
    '@_height': String(asset.height),
    '@_purpose': purpose,
  };
}

/** 1920×1080 -> "16/9", in lowest terms as CSS writes it. */
function aspectRatio(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(width, height);
  return `${width / d}/${height / d}`;
}
