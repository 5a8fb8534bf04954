import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata } from 'astro';

/** What ContentImage asks of Astro's image pipeline for an image of the embedded export. */
export interface ImageTransform {
  src: ImageMetadata;
  alt: string;
  widths: number[];
  sizes: string;
  format: 'webp';
  quality: number;
  loading: 'eager' | 'lazy';
  fetchpriority: 'high' | undefined;
  class: string | undefined;
}

// getImage's result by everything but the alt text: the cards of the same image on the topic,
// person and blog index pages (thousands at 5,000 posts) differ only in their alt.
const results = new Map<string, Promise<GetImageResult>>();

/**
 * Astro's getImage, once per image and options in a build: the transform (file names, srcset,
 * sizes) is the same wherever the image is used. The alt text is set on each use, where the
 * pipeline puts it among the attributes.
 */
export async function transformedImage({ alt, ...transform }: ImageTransform): Promise<GetImageResult> {
  const key = JSON.stringify({ ...transform, src: transform.src.src });
  let result = results.get(key);
  if (!result) {
    // alt in its place among the options, as <Image> passes them: the attributes keep that order.
    const { src, ...options } = transform;
    result = getImage({ src, alt: '', ...options });
    results.set(key, result);
    // A failed transform is not kept: the next use tries again and reports its own error.
    result.catch(() => results.delete(key));
  }
  const image = await result;
  return { ...image, attributes: { ...image.attributes, alt } };
}
