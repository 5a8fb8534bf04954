import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { SANITY_CDN_ORIGIN, type SanityDocumentLike } from '@frm/content';
import { sendJson } from './http.ts';
import type { StoredDocument } from './store.ts';

/** Fixed system fields for the export's asset documents, so answers do not change from run to run. */
const ASSET_SYSTEM_FIELDS = { _createdAt: '2025-01-01T00:00:00Z', _updatedAt: '2025-01-01T00:00:00Z' };

const isAssetDocument = (doc: SanityDocumentLike) => doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset';

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
): { documents: StoredDocument[]; files: Map<string, string> } {
  const files = new Map<string, string>();
  const stored = documents.map((doc): StoredDocument => {
    if (!isAssetDocument(doc) || typeof doc.path !== 'string' || !/^(images|files)\/[^/]+$/.test(doc.path)) return doc as StoredDocument;
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
export function serveAssetFile(files: Map<string, string>, mimeTypeOf: (path: string) => string | undefined, pathname: string, response: ServerResponse): boolean {
  const path = decodeURIComponent(pathname.replace(/^\//, ''));
  const file = files.get(path);
  if (!file) return false;
  response.writeHead(200, { 'content-type': mimeTypeOf(path) ?? 'application/octet-stream', 'cache-control': 'public, max-age=31536000, immutable' });
  createReadStream(file)
    .on('error', (error) => (response.headersSent ? response.destroy(error) : sendJson(response, 500, { error: 'Internal', message: error.message })))
    .pipe(response);
  return true;
}
