import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { readEnv, type AudioBucket } from '../config/env.ts';
import type { SiteContent } from '../load/loadContent.ts';
import { ContentError, type ContentProblem } from '../report/contentProblems.ts';
import { assetDownloadUrl, SANITY_CDN_ORIGIN } from '../sources/assetDownloadUrl.ts';
import type { ContentEnv } from '../sources/sourceFromEnv.ts';

/*
 * Episode audio uploaded in the Studio is served from Sanity's CDN, and every download counts
 * against the project's monthly bandwidth (a hard cap on the free plan). With a bucket configured,
 * the build copies each such file to S3-compatible storage (R2, B2, S3) once and links to it there.
 * The key is the file's content hash (the sha1 in its Sanity asset id), so a file is copied once,
 * a replaced upload gets a new key, and a re-run finds everything in place with one HEAD each.
 */

/** `file-<sha1>-<ext>`: Sanity's id for an uploaded file, named by the SHA-1 of its bytes. */
const FILE_ASSET_ID = /^file-([0-9a-f]{40})-([a-z0-9]+)$/;

export interface CopyReport {
  copied: string[];
  alreadyThere: string[];
}

/** The object key of an uploaded file: its content hash, and its extension for players that look at it. */
export function audioKey(assetId: string): string | undefined {
  const match = FILE_ASSET_ID.exec(assetId);
  return match ? `episodes/${match[1]}.${match[2]}` : undefined;
}

/**
 * Copies every Sanity-hosted episode audio file that is not yet in the bucket and points the
 * content (episodes and every summary of them) at the bucket's public URL. Stops with a
 * ContentError naming each episode whose file could not be copied, after trying them all.
 */
export async function moveAudioToBucket(
  content: SiteContent,
  bucket: AudioBucket,
  downloadUrl: (url: string) => string,
  log: (message: string) => void = console.log,
): Promise<CopyReport> {
  const client = new AwsClient({
    accessKeyId: bucket.accessKeyId,
    secretAccessKey: bucket.secretAccessKey,
    service: 's3',
    ...(bucket.region && { region: bucket.region }),
  });
  const objectUrl = (key: string) => `${bucket.endpoint}/${encodeURIComponent(bucket.bucket)}/${key}`;
  const report: CopyReport = { copied: [], alreadyThere: [] };
  const problems: ContentProblem[] = [];
  const publicUrls = new Map<string, string>();
  for (const episode of content.episodes) {
    const file = episode.audio?.file;
    if (!file?.url?.startsWith(`${SANITY_CDN_ORIGIN}/`) || publicUrls.has(file._id)) continue;
    const key = audioKey(file._id);
    const problem = (message: string) =>
      problems.push({ id: episode._id, type: 'podcastEpisode', path: 'audio.file', message });
    if (!key) {
      problem(
        `"${file._id}" is not a Sanity file asset id, so the audio cannot be copied to the bucket: upload the file again`,
      );
      continue;
    }
    try {
      if (await isInBucket(client, objectUrl(key), file.size)) report.alreadyThere.push(key);
      else {
        await copy(client, downloadUrl(file.url), objectUrl(key), file.mimeType ?? episode.audio!.mimeType, key);
        report.copied.push(key);
        log(`Audio bucket: copied ${file.originalFilename ?? file._id} (${episode.title}) to ${key}`);
      }
      publicUrls.set(file._id, `${bucket.publicUrl}/${key}`);
    } catch (error) {
      problem(
        `could not be copied to the audio bucket "${bucket.bucket}" (${(error as Error).message}). Nothing was published; the live site is unchanged. Check the AUDIO_BUCKET_* settings (docs/deploy.md) and run the deploy again`,
      );
    }
  }
  if (problems.length > 0)
    throw new ContentError(
      `Episode audio could not be copied to the bucket (${problems.length} file${problems.length === 1 ? '' : 's'})`,
      problems,
    );
  pointAt(content, publicUrls);
  return report;
}

/** The content build's step: with AUDIO_BUCKET_* set, moves the audio; otherwise leaves it on Sanity's CDN. */
export async function moveAudioToBucketFromEnv(
  content: SiteContent,
  env: ContentEnv = process.env,
): Promise<SiteContent> {
  const bucket = readEnv(env).audioBucket;
  if (bucket) await moveAudioToBucket(content, bucket, (url) => assetDownloadUrl(url, env));
  return content;
}

/** HEAD first: an object of the expected size under a content-hash key is this file. */
async function isInBucket(client: AwsClient, url: string, size: number | null): Promise<boolean> {
  const head = await client.fetch(url, { method: 'HEAD' });
  if (head.status === 404) return false;
  if (!head.ok)
    throw new Error(
      `the bucket answered ${head.status} ${head.statusText} to HEAD ${new URL(url).pathname}${hint(head.status)}`,
    );
  return size === null || Number(head.headers.get('content-length')) === size;
}

async function copy(client: AwsClient, from: string, to: string, mimeType: string, key: string): Promise<void> {
  const source = await fetch(from);
  if (!source.ok) throw new Error(`downloading it from Sanity answered ${source.status} ${source.statusText}`);
  const bytes = new Uint8Array(await source.arrayBuffer());
  // The key promises these bytes: never store anything else under it.
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  if (!key.includes(sha1))
    throw new Error(`the file downloaded from Sanity does not match its content hash (got ${sha1})`);
  const put = await client.fetch(to, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': mimeType, 'cache-control': 'public, max-age=31536000, immutable' },
  });
  if (!put.ok)
    throw new Error(
      `the bucket answered ${put.status} ${put.statusText} to PUT ${new URL(to).pathname}${hint(put.status)}`,
    );
}

function hint(status: number): string {
  return status === 401 || status === 403
    ? ': the access key or secret is wrong, or the key may not write to this bucket'
    : '';
}

/** In place, as the content is this build's own copy: every object with a copied asset's `_id` gets its new `url`. */
function pointAt(value: unknown, urls: Map<string, string>): void {
  if (Array.isArray(value)) return value.forEach((item) => pointAt(item, urls));
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key in record) pointAt(record[key], urls);
  const url = typeof record._id === 'string' ? urls.get(record._id) : undefined;
  if (url && typeof record.url === 'string') record.url = url;
}
