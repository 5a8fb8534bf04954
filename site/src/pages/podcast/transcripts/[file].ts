import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import type { Episode } from '@frm/content';
import { transcriptFile } from '../../../lib/transcripts.ts';

/**
 * Each episode's transcript at /podcast/transcripts/<slug>.<vtt|srt|txt> (podcast:transcript in
 * the feed): an uploaded file copied byte for byte, else the transcript text as plain text.
 */

/** Where an uploaded transcript can be read from: the export's /media/ files or a web address. */
const readable = (url: string) => /^https?:\/\//i.test(url) || /^\/media\/[^/]+$/.test(url);

export const getStaticPaths = (async () =>
  (await getCollection('episodes')).flatMap((entry) => {
    const file = transcriptFile(entry.data);
    const uploaded = file && file.extension !== 'txt' ? entry.data.transcript?.file?.url : undefined;
    if (!file || (uploaded && !readable(uploaded))) {
      if (uploaded) console.warn(`Transcript of podcastEpisode "${entry.data._id}" is at "${uploaded}", which the build cannot read: not published`);
      return [];
    }
    return [{ params: { file: `${entry.data.slug}.${file.extension}` }, props: { episode: entry.data, mimeType: file.mimeType } }];
  })) satisfies GetStaticPaths;

async function uploadedBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
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
  const fromFile = uploaded && readable(uploaded) && /\.(vtt|srt|txt)$/i.test(episode.transcript?.file?.originalFilename ?? uploaded);
  const body = fromFile ? await uploadedBytes(uploaded) : `${(episode.transcript?.text ?? '').trim()}\n`;
  return new Response(body, { headers: { 'Content-Type': `${mimeType}; charset=utf-8` } });
};
