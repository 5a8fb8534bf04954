import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { assetDownloadUrl, type Episode } from '@frm/content';
import { transcriptFile, type TranscriptFile } from '../../../lib/transcripts.ts';

/**
 * Each episode's transcript at /podcast/transcripts/<slug>.<vtt|srt|txt> (podcast:transcript in
 * the feed): an uploaded file copied byte for byte, else the transcript text as plain text.
 */
export const getStaticPaths = (async () =>
  (await getCollection('episodes')).flatMap((entry) => {
    const file = transcriptFile(entry.data);
    if (!file && entry.data.transcript?.file?.url) console.warn(`Transcript of podcastEpisode "${entry.data._id}" is at "${entry.data.transcript.file.url}", which the build cannot read: not published`);
    return file ? [{ params: { file: `${entry.data.slug}.${file.extension}` }, props: { episode: entry.data, file } }] : [];
  })) satisfies GetStaticPaths;

async function uploadedBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const media = /^\/media\/([^/]+)$/.exec(url);
  if (media) {
    const entry = await getEntry('media', media[1]!);
    if (!entry) throw new Error(`Transcript file ${url} is not in the dataset export`);
    return readFile(entry.data.path);
  }
  // SANITY_ASSET_BASE_URL points CDN downloads at a local stand-in (tests, `pnpm content-lake:serve`).
  const response = await fetch(assetDownloadUrl(url, process.env));
  if (!response.ok) throw new Error(`Transcript file ${url} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export const GET: APIRoute = async ({ props }) => {
  const { episode, file } = props as { episode: Episode; file: TranscriptFile };
  const body = file.uploadedUrl ? await uploadedBytes(file.uploadedUrl) : `${(episode.transcript?.text ?? '').trim()}\n`;
  return new Response(body, { headers: { 'Content-Type': `${file.mimeType}; charset=utf-8` } });
};
