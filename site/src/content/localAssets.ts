import { basename } from 'node:path';
import type { ContentSource, SiteContent } from '@frm/content';
import { paths } from '../lib/urls.ts';

export interface LocalizedContent {
  content: SiteContent;
  /** Files of the embedded export the site serves under /media/, by file name. */
  media: Map<string, string>;
}

/**
 * On the embedded source, asset URLs are export-relative (`images/…`, `files/…`). They become
 * site paths under /media/ (served as-is for audio, downloads and feed artwork), and each image
 * asset gains `src`, its export path, by which pages find its ImageMetadata for Astro's image
 * pipeline (integrations/localImages.ts).
 * Content Lake URLs already point at Sanity's CDN and are left alone.
 */
export function localizeAssets(content: SiteContent, source: Pick<ContentSource, 'assetFilePath'>): LocalizedContent {
  const media = new Map<string, string>();
  // In place: the content is this build's own copy, fresh from the queries, and copying all of it
  // cost as much as the rest of the walk at thousands of posts.
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const key in record) visit(record[key]);
    const url = record.url;
    const id = record._id;
    if (typeof url === 'string' && typeof id === 'string' && /^(image|file)-/.test(id)) {
      const onDisk = source.assetFilePath(url);
      if (onDisk) {
        const fileName = basename(onDisk);
        media.set(fileName, onDisk);
        record.url = paths.media(fileName);
        if (id.startsWith('image-')) record.src = url;
      }
    }
  };
  visit(content);
  return { content, media };
}
