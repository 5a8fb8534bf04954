import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { extname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import sharp from 'sharp';
import { mimeTypeOf, SANITY_CDN_ORIGIN, type SanityDocumentLike } from '@frm/content';
import { apiError, sendJson } from './http.ts';
import type { StoredDocument } from './store.ts';

/** CDN path (`files/<project>/<dataset>/<name>`) -> the file on disk, or the bytes of an upload. */
export type AssetFiles = Map<string, string | Buffer>;

/** Fixed system fields for the export's asset documents, so answers do not change from run to run. */
const ASSET_SYSTEM_FIELDS = { _createdAt: '2025-01-01T00:00:00Z', _updatedAt: '2025-01-01T00:00:00Z' };

const isAssetDocument = (doc: SanityDocumentLike) =>
  doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset';

/**
 * The export reader gives asset documents export-relative `url` and `path` (`files/<sha1>.mp3`).
 * The Content Lake answers `path: files/<project>/<dataset>/<sha1>.mp3` and
 * `url: https://cdn.sanity.io/files/<project>/<dataset>/<sha1>.mp3` (images: `<sha1>-<w>x<h>.<ext>`),
 * plus `sha1hash`; this makes the stand-in's answers the same. `files` maps each CDN path to the
 * file on disk, which the stand-in serves at that path.
 */
export function toContentLakeDocuments(
  documents: SanityDocumentLike[],
  exportRoot: string,
  projectId: string,
  dataset: string,
): { documents: StoredDocument[]; files: AssetFiles } {
  const files: AssetFiles = new Map();
  const stored = documents.map((doc): StoredDocument => {
    if (!isAssetDocument(doc) || typeof doc.path !== 'string' || !/^(images|files)\/[^/]+$/.test(doc.path))
      return doc as StoredDocument;
    const [kind, fileName] = doc.path.split('/') as [string, string];
    const path = `${kind}/${projectId}/${dataset}/${fileName}`;
    files.set(path, join(exportRoot, doc.path));
    return {
      ...ASSET_SYSTEM_FIELDS,
      _rev: `export${String(doc.assetId ?? '').slice(0, 16)}`,
      ...doc,
      sha1hash: doc.assetId,
      path,
      url: `${SANITY_CDN_ORIGIN}/${path}`,
    } as StoredDocument;
  });
  return { documents: stored, files };
}

/** `GET /images/<project>/<dataset>/<file>` and `/files/...`: the bytes, as the CDN serves them (image transforms are ignored). */
export function serveAssetFile(
  files: AssetFiles,
  contentTypeOf: (path: string) => string | undefined,
  pathname: string,
  response: ServerResponse,
): boolean {
  const path = decodeURIComponent(pathname.replace(/^\//, ''));
  const file = files.get(path);
  if (!file) return false;
  response.writeHead(200, {
    'content-type': contentTypeOf(path) ?? 'application/octet-stream',
    'cache-control': 'public, max-age=31536000, immutable',
  });
  if (Buffer.isBuffer(file)) {
    response.end(file);
    return true;
  }
  createReadStream(file)
    .on('error', (error) =>
      response.headersSent
        ? response.destroy(error)
        : sendJson(response, 500, { error: 'Internal', message: error.message }),
    )
    .pipe(response);
  return true;
}

const IMAGE_EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
  svg: 'svg',
  tiff: 'tiff',
};

/**
 * `POST /assets/images|files/<dataset>?filename=`: the asset document the API would create for these
 * bytes (id from their sha1, and for images the dimensions sharp reads). Its type comes from the
 * extension, like the export reader's, where the real API sniffs the bytes.
 */
export async function uploadedAssetDocument(
  kind: 'images' | 'files',
  bytes: Buffer,
  filename: string | null,
  projectId: string,
  dataset: string,
): Promise<{ document: StoredDocument; path: string }> {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  let fileName: string;
  let id: string;
  let extension: string;
  let metadata: Record<string, unknown> | undefined;
  if (kind === 'images') {
    const info = await sharp(bytes)
      .metadata()
      .catch(() => undefined);
    extension = IMAGE_EXTENSIONS[info?.format ?? ''] ?? '';
    if (!info?.width || !info.height || !extension)
      throw apiError(400, 'invalidImageError', `${filename ?? 'The upload'} is not an image the stand-in can read`);
    fileName = `${sha1}-${info.width}x${info.height}.${extension}`;
    id = `image-${sha1}-${info.width}x${info.height}-${extension}`;
    metadata = {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: info.width,
        height: info.height,
        aspectRatio: info.width / info.height,
      },
    };
  } else {
    extension =
      extname(filename ?? '')
        .slice(1)
        .toLowerCase() || 'bin';
    fileName = `${sha1}.${extension}`;
    id = `file-${sha1}-${extension}`;
  }
  const path = `${kind}/${projectId}/${dataset}/${fileName}`;
  const document = {
    _id: id,
    _type: kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: mimeTypeOf(extension),
    originalFilename: filename ?? fileName,
    path,
    url: `${SANITY_CDN_ORIGIN}/${path}`,
    size: bytes.length,
    ...(metadata ? { metadata } : {}),
  } as unknown as StoredDocument;
  return { document, path };
}
