import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import type { Episode } from '@frm/content';
import { transcriptFile } from '../../../lib/transcripts.ts';

/**
 * Each episode's transcript at /podcast/transcripts/<slug>.<vtt|srt|txt> (podcast:transcript in
 * the feed): an uploaded file copied byte for byte, else the transcript text as plain text.
 */
export const getStaticPaths = (async () =>
  (await getCollection('episodes')).flatMap((entry) => {
    const file = transcriptFile(entry.data);
    return file ? [{ params: { file: `${entry.data.slug}.${file.extension}` }, props: { episode: entry.data, mimeType: file.mimeType } }] : [];
  })) satisfies GetStaticPaths;

async function uploadedBytes(url: string): Promise<Uint8Array> {
  const media = /^\/media\/([^/]+)$/.exec(url);
  if (media) {
    const entry = await getEntry('media', media[1]!);
    if (!entry) throw new Error(`Transcript file ${url} is not in the dataset export`);
    return readFile(entry.data.path);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Transcript file ${url} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export const GET: APIRoute = async ({ props }) => {
  const { episode, mimeType } = props as { episode: Episode; mimeType: string };
  const uploaded = episode.transcript?.file?.url;
  const uploadedExtension = /\.(vtt|srt|txt)$/i.test(episode.transcript?.file?.originalFilename ?? uploaded ?? '');
  const body = uploaded && uploadedExtension ? await uploadedBytes(uploaded) : `${(episode.transcript?.text ?? '').trim()}\n`;
  return new Response(body, { headers: { 'Content-Type': `${mimeType}; charset=utf-8` } });
};
