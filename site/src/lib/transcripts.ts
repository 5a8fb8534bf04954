import type { Episode } from '@frm/content';
import { paths } from './urls.ts';

const formats: Record<string, { mimeType: string; label: string }> = {
  vtt: { mimeType: 'text/vtt', label: 'WebVTT' },
  srt: { mimeType: 'application/x-subrip', label: 'SRT' },
  txt: { mimeType: 'text/plain', label: 'plain text' },
  json: { mimeType: 'application/json', label: 'Podcasting 2.0 JSON' },
};

export interface TranscriptFile {
  /** Site path the build writes it to. */
  path: string;
  extension: string;
  mimeType: string;
  label: string;
  /** The uploaded file to copy byte for byte; undefined when the text field is written instead. */
  uploadedUrl: string | undefined;
}

/** Where an uploaded transcript can be read from at build time: the export's /media/ files or the web. */
const readableByBuild = (url: string) => /^https?:\/\//i.test(url) || /^\/media\/[^/]+$/.test(url);

/**
 * The transcript file the site publishes for an episode: the uploaded file in its own format
 * (VTT, SRT, Podcasting 2.0 JSON or text) when the build can read it, else the transcript text as plain text.
 * Pages, the feed and the endpoint that writes the file all ask here, so they always agree.
 */
export function transcriptFile(episode: Pick<Episode, 'slug' | 'transcript'>): TranscriptFile | undefined {
  const transcript = episode.transcript;
  if (!transcript) return undefined;
  const url = transcript.file?.url;
  const uploadedExtension = /\.(vtt|srt|txt|json)$/i
    .exec(transcript.file?.originalFilename ?? url ?? '')?.[1]
    ?.toLowerCase();
  if (url && uploadedExtension && readableByBuild(url)) return describe(episode.slug, uploadedExtension, url);
  if (transcript.text?.trim()) return describe(episode.slug, 'txt', undefined);
  return undefined;
}

const describe = (slug: string, extension: string, uploadedUrl: string | undefined): TranscriptFile => ({
  path: paths.transcript(slug, extension),
  extension,
  uploadedUrl,
  ...formats[extension]!,
});
