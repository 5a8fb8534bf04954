import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { mimeTypeOf } from '@frm/content';
import { readAtMost } from '@frm/content/audio';
import type { Remote } from '../remote/remoteFetch.ts';

/*
 * Artwork and transcript files the feed links to, downloaded once per URL and stored once per
 * content (by SHA-1, as Sanity names assets), as files of the export: `images/<sha1>-<w>x<h>.<ext>`
 * and `files/<sha1>.<ext>`. Documents point at them with `_sanityAsset`, as `sanity dataset export`
 * writes them; the Content Lake output uploads them (output/uploadAssets.ts).
 */

export interface DownloadedAsset {
  path: string;
  bytes: Uint8Array;
  /** `image@file://./images/…` or `file@file://./files/…`. */
  sanityAsset: string;
  width?: number;
  height?: number;
}

export type Download = { asset: DownloadedAsset } | { failure: string };

const IMAGE_LIMIT = 20 * 1024 * 1024;
const TRANSCRIPT_LIMIT = 10 * 1024 * 1024;
const IMAGE_EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };
/** Transcript formats the Studio's transcript field takes, best first. */
export const TRANSCRIPT_EXTENSIONS = ['vtt', 'srt', 'json', 'txt'] as const;

export class DownloadedAssets {
  private readonly byUrl = new Map<string, Promise<Download>>();
  private readonly byPath = new Map<string, DownloadedAsset>();

  private readonly net: Remote;

  constructor(net: Remote) {
    this.net = net;
  }

  /** Every asset downloaded, each once. */
  get assets(): DownloadedAsset[] {
    return [...this.byPath.values()];
  }

  image(url: string): Promise<Download> {
    return this.once(`image ${url}`, async () => {
      const bytes = await this.download(url, IMAGE_LIMIT);
      const info = await sharp(bytes)
        .metadata()
        .catch(() => undefined);
      const extension = IMAGE_EXTENSIONS[info?.format ?? ''];
      if (!info?.width || !info.height || !extension) throw new Error('it is not a JPEG, PNG, WebP or GIF image');
      return this.store(`images/${sha1(bytes)}-${info.width}x${info.height}.${extension}`, 'image', bytes, {
        width: info.width,
        height: info.height,
      });
    });
  }

  /** A transcript file; its format from the feed's `type`, the server's Content-Type or the URL. */
  transcript(url: string, declaredType: string): Promise<Download> {
    return this.once(`file ${url}`, async () => {
      const { bytes, contentType } = await this.fetchBytes(url, TRANSCRIPT_LIMIT);
      const extension = transcriptExtension(declaredType, url) ?? transcriptExtension(contentType, url);
      if (!extension)
        throw new Error(
          `its format (${declaredType || contentType || 'unknown'}) is not one the transcript field takes (WebVTT, SRT, JSON or plain text)`,
        );
      return this.store(`files/${sha1(bytes)}.${extension}`, 'file', bytes);
    });
  }

  private once(key: string, load: () => Promise<{ asset: DownloadedAsset }>): Promise<Download> {
    let pending = this.byUrl.get(key);
    if (!pending) {
      pending = load().catch((error: Error) => ({ failure: error.message }));
      this.byUrl.set(key, pending);
    }
    return pending;
  }

  private store(
    path: string,
    kind: 'image' | 'file',
    bytes: Uint8Array,
    size: { width?: number; height?: number } = {},
  ): { asset: DownloadedAsset } {
    const asset = this.byPath.get(path) ?? { path, bytes, sanityAsset: `${kind}@file://./${path}`, ...size };
    this.byPath.set(path, asset);
    return { asset };
  }

  private async download(url: string, limit: number): Promise<Uint8Array> {
    return (await this.fetchBytes(url, limit)).bytes;
  }

  private fetchBytes(url: string, limit: number): Promise<{ bytes: Uint8Array; contentType: string }> {
    return this.net.run(async () => {
      const response = await this.net.fetch(url);
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await readAtMost(response, limit + 1);
      if (bytes.length > limit) throw new Error(`it is larger than ${limit / 1024 / 1024} MB`);
      return { bytes, contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() };
    });
  }
}

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function transcriptExtension(type: string, url: string): string | undefined {
  const mime = type.split(';')[0]!.trim().toLowerCase();
  const byType = TRANSCRIPT_EXTENSIONS.find(
    (ext) => mime !== '' && (mimeTypeOf(ext) === mime || (ext === 'srt' && mime === 'application/srt')),
  );
  if (byType || mime !== '') return byType;
  const fromUrl = /\.(\w+)(?:[?#]|$)/.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.find((ext) => ext === fromUrl);
}
