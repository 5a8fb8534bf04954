import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSource, SiteContent } from '@frm/content';
import { paths } from '../lib/urls.ts';

/** Astro's marker for an image path that the content layer turns into an image import. */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

export interface LocalizedContent {
  content: SiteContent;
  /** Files of the embedded export the site serves under /media/, by file name. */
  media: Map<string, string>;
  /** Export's data.ndjson relative to the site root: what image imports resolve against. */
  importer: string | undefined;
}

/**
 * On the embedded source, asset URLs are export-relative (`images/…`, `files/…`). They become
 * site paths under /media/ (served as-is for audio, downloads and feed artwork), and each image
 * asset gains `src`, which Astro resolves to ImageMetadata so pages use Astro's image pipeline.
 * Content Lake URLs already point at Sanity's CDN and are left alone.
 */
export function localizeAssets(content: SiteContent, source: ContentSource, siteRoot: URL): LocalizedContent {
  const media = new Map<string, string>();
  let exportRoot: string | undefined;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) out[key] = visit(child);
    const url = record.url;
    const id = record._id;
    if (typeof url === 'string' && typeof id === 'string' && /^(image|file)-/.test(id)) {
      const onDisk = source.assetFilePath(url);
      if (onDisk) {
        const fileName = basename(onDisk);
        media.set(fileName, onDisk);
        exportRoot ??= dirname(dirname(onDisk));
        out.url = paths.media(fileName);
        if (id.startsWith('image-')) out.src = `${IMAGE_IMPORT_PREFIX}./${url}`;
      }
    }
    return out;
  };
  const localized = visit(content) as SiteContent;
  const importer = exportRoot ? relative(fileURLToPath(siteRoot), join(exportRoot, 'data.ndjson')) : undefined;
  return { content: localized, media, importer };
}
