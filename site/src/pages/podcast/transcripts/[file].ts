import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from '../../../lib/collections.ts';
import type { Episode } from '@frm/content';
import { routeProps } from '../../../lib/routeProps.ts';
import { uploadedTranscriptBytes } from '../../../lib/transcript/uploadedTranscript.ts';
import { transcriptFile, type TranscriptFile } from '../../../lib/transcripts.ts';

/**
 * Each episode's transcript at /podcast/transcripts/<slug>.<vtt|srt|json|txt> (podcast:transcript in
 * the feed): an uploaded file copied byte for byte, else the transcript text as plain text.
 */
export const getStaticPaths = (async () =>
  (await getCollection('episodes')).flatMap((entry) => {
    const file = transcriptFile(entry.data);
    if (!file && entry.data.transcript?.file?.url)
      console.warn(
        `Transcript of podcastEpisode "${entry.data._id}" is at "${entry.data.transcript.file.url}", which the build cannot read: not published`,
      );
    return file
      ? [{ params: { file: `${entry.data.slug}.${file.extension}` }, props: { episode: entry.data, file } }]
      : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  const { episode, file } = props as { episode: Episode; file: TranscriptFile };
  const body = file.uploadedUrl
    ? await uploadedTranscriptBytes(file.uploadedUrl)
    : `${(episode.transcript?.text ?? '').trim()}\n`;
  return new Response(body, { headers: { 'Content-Type': `${file.mimeType}; charset=utf-8` } });
};
