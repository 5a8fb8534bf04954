import type { Episode } from '@frm/content';
import { paths } from './urls.ts';

const formats: Record<string, { mimeType: string; label: string }> = {
  vtt: { mimeType: 'text/vtt', label: 'WebVTT' },
  srt: { mimeType: 'application/x-subrip', label: 'SRT' },
  txt: { mimeType: 'text/plain', label: 'plain text' },
};

export interface TranscriptFile {
  /** Site path the build writes it to. */
  path: string;
  extension: string;
  mimeType: string;
  label: string;
}

/** The transcript file the site publishes for an episode: the uploaded file's format, else plain text. */
export function transcriptFile(episode: Pick<Episode, 'slug' | 'transcript'>): TranscriptFile | undefined {
  const transcript = episode.transcript;
  if (!transcript) return undefined;
  const uploaded = transcript.file?.originalFilename ?? transcript.file?.url ?? '';
  const fromFile = /\.(vtt|srt|txt)$/i.exec(uploaded)?.[1]?.toLowerCase();
  const extension = transcript.file?.url && fromFile ? fromFile : transcript.text?.trim() ? 'txt' : undefined;
  if (!extension) return undefined;
  return { path: paths.transcript(episode.slug, extension), extension, ...formats[extension]! };
}
