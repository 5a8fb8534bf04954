import { statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_MIME_TYPE_BY_EXTENSION } from '../media/audioMimeTypes.ts';
import type { ContentProblem } from '../report/contentProblems.ts';
import type { SanityDocumentLike } from './types.ts';

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  ...AUDIO_MIME_TYPE_BY_EXTENSION,
  // A file asset (a resource's download) may be a video; an episode's audio carries its own type.
  mp4: 'video/mp4',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  txt: 'text/plain',
  json: 'application/json',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  zip: 'application/zip',
};

export function mimeTypeOf(extension: string): string {
  return MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

// `sanity dataset export` writes assets as `image@file://./images/<sha1>-<w>x<h>.<ext>` and `file@file://./files/<sha1>.<ext>`.
const ASSET_PATTERN = /^(image|file)@file:\/\/\.\/((?:images|files)\/([^/]+))$/;
const IMAGE_NAME = /^([a-f0-9]+)-(\d+)x(\d+)\.(\w+)$/;
const FILE_NAME = /^([a-f0-9]+)\.(\w+)$/;

export interface ResolvedAssets {
  documents: SanityDocumentLike[];
  problems: ContentProblem[];
}

interface AssetFile {
  kind: 'image' | 'file';
  relativePath: string;
  fileName: string;
}

/**
 * Replaces export-style `_sanityAsset` values with references to asset documents shaped like the
 * Content Lake's (`sanity.imageAsset` / `sanity.fileAsset`), so one GROQ query (`asset->`) serves both sources.
 */
export function resolveAssets(documents: SanityDocumentLike[], root: string): ResolvedAssets {
  const problems: ContentProblem[] = [];
  const assets = new Map<string, SanityDocumentLike>();

  const toReference = (value: string, doc: SanityDocumentLike, path: string): string | undefined => {
    const match = ASSET_PATTERN.exec(value);
    if (!match) {
      problems.push({
        id: doc._id,
        type: doc._type,
        path,
        message: `unsupported asset location "${value}"; expected image@file://./images/... or file@file://./files/...`,
      });
      return undefined;
    }
    const file: AssetFile = { kind: match[1] as 'image' | 'file', relativePath: match[2]!, fileName: match[3]! };
    const id = assetId(file);
    if (!id) {
      problems.push({
        id: doc._id,
        type: doc._type,
        path,
        message: `asset file name "${file.fileName}" is not in export form (<sha1>-<w>x<h>.<ext> for images, <sha1>.<ext> for files)`,
      });
      return undefined;
    }
    if (!assets.has(id)) {
      const asset = assetDocument(id, file);
      assets.set(id, asset);
      // Synchronous: a few dozen files, and an async stat waits behind a busy build's file reads.
      const info = statSync(join(root, file.relativePath), { throwIfNoEntry: false });
      if (info) asset.size = info.size;
      else
        problems.push({
          id: doc._id,
          type: doc._type,
          path,
          message: `asset file ${file.relativePath} is missing from the export`,
        });
    }
    return id;
  };

  // Where the walk is (keys and indexes), joined into a path only for a problem report. Objects
  // without an asset are kept as they are, not copied: most of a large export has none.
  const trail: Array<string | number> = [];
  const pathTo = (last: string) =>
    [...trail, last].reduce<string>(
      (path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step),
      '',
    );
  const walk = (value: unknown, doc: SanityDocumentLike): unknown => {
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        trail.push(i);
        const item = walk(value[i], doc);
        trail.pop();
        if (item !== value[i]) (copy ??= value.slice())[i] = item;
      }
      return copy ?? value;
    }
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    // The copy starts at the first changed key (most objects have none: no garbage for them).
    let entries: Array<[string, unknown]> | undefined;
    let index = 0;
    for (const key in record) {
      const child = record[key];
      if (key === '_sanityAsset' && typeof child === 'string') {
        entries ??= Object.entries(record).slice(0, index);
        const id = toReference(child, doc, pathTo('asset'));
        if (id) entries.push(['asset', { _type: 'reference', _ref: id }]);
      } else {
        let out = child;
        if (child !== null && typeof child === 'object') {
          trail.push(key);
          out = walk(child, doc);
          trail.pop();
        }
        if (out !== child) entries ??= Object.entries(record).slice(0, index);
        entries?.push([key, out]);
      }
      index++;
    }
    return entries ? Object.fromEntries(entries) : record;
  };

  const resolved = documents.map((doc) => walk(doc, doc) as SanityDocumentLike);
  const existing = new Set(resolved.map((d) => d._id));
  const synthesized = [...assets.values()].filter((a) => !existing.has(a._id));
  synthesized.sort((a, b) => a._id.localeCompare(b._id));
  return { documents: [...resolved, ...synthesized], problems };
}

function assetId(file: AssetFile): string | undefined {
  if (file.kind === 'image') {
    const m = IMAGE_NAME.exec(file.fileName);
    return m ? `image-${m[1]}-${m[2]}x${m[3]}-${m[4]}` : undefined;
  }
  const m = FILE_NAME.exec(file.fileName);
  return m ? `file-${m[1]}-${m[2]}` : undefined;
}

function assetDocument(id: string, file: AssetFile): SanityDocumentLike {
  const extension = file.fileName.split('.').pop() ?? '';
  const base = {
    _id: id,
    assetId: file.fileName.split(/[-.]/)[0],
    extension,
    mimeType: mimeTypeOf(extension),
    originalFilename: file.fileName,
    // Relative to the export root; the embedded source turns it into a file path, the site into a URL.
    path: file.relativePath,
    url: file.relativePath,
    size: 0,
  };
  if (file.kind === 'file') return { _type: 'sanity.fileAsset', ...base };
  const m = IMAGE_NAME.exec(file.fileName)!;
  const width = Number(m[2]);
  const height = Number(m[3]);
  return {
    _type: 'sanity.imageAsset',
    ...base,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    },
  };
}
