/*
 * Field values in Sanity's export form: references, slugs, and image / file values whose asset is
 * a file next to data.ndjson (`_sanityAsset`), as `sanity dataset export` writes them.
 */
import type { AssetFile } from '@frm/content/writeExport';

export type { AssetFile };

export interface Reference {
  _type: 'reference';
  _ref: string;
}

export interface Slug {
  _type: 'slug';
  current: string;
}

export interface Hotspot {
  _type: 'sanity.imageHotspot';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Crop {
  _type: 'sanity.imageCrop';
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ImageValue {
  _type: 'image';
  _sanityAsset: string;
  alt: string;
  caption?: string;
  hotspot?: Hotspot;
  crop?: Crop;
}

export interface FileValue {
  _type: 'file';
  _sanityAsset: string;
}

/** A generated asset: its bytes and where it goes in the export. */

export const ref = (id: string): Reference => ({ _type: 'reference', _ref: id });
export const refs = (...ids: string[]): Reference[] => ids.map(ref);
export const slug = (current: string): Slug => ({ _type: 'slug', current });

export interface ImageOptions {
  caption?: string;
  /** Focus point as fractions of the image; the crop stays the whole image. */
  focus?: { x: number; y: number; width: number; height: number };
}

export function imageValue(asset: AssetFile, alt: string, options: ImageOptions = {}): ImageValue {
  if (!asset.path.startsWith('images/')) throw new Error(`${asset.path} is not an image asset`);
  return {
    _type: 'image',
    _sanityAsset: `image@file://./${asset.path}`,
    alt,
    ...(options.caption ? { caption: options.caption } : {}),
    ...(options.focus
      ? {
          hotspot: { _type: 'sanity.imageHotspot', ...options.focus },
          crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
        }
      : {}),
  };
}

export function fileValue(asset: AssetFile): FileValue {
  if (!asset.path.startsWith('files/')) throw new Error(`${asset.path} is not a file asset`);
  return { _type: 'file', _sanityAsset: `file@file://./${asset.path}` };
}
