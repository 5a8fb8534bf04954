import { createHash } from 'node:crypto';
import type { AssetFile } from './values.ts';

/** A file asset named the way an export names it: `files/<sha1>.<ext>`. */
export function fileAsset(bytes: Uint8Array, extension: string): AssetFile {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return { path: `files/${sha1}.${extension}`, bytes };
}
