import type { Episode } from '@frm/content';
import { transcriptFile } from '../transcripts.ts';
import { transcriptCues, type TranscriptFormat } from './transcriptCues.ts';
import { transcriptParagraphs, type TranscriptParagraph } from './transcriptParagraphs.ts';

export interface EpisodeTranscriptText {
  /** Timed paragraphs from a caption file (WebVTT, SRT, JSON), or untimed ones from text. */
  paragraphs: Array<TranscriptParagraph | { start?: undefined; speaker?: undefined; text: string }>;
  timed: boolean;
}

const untimed = (text: string): EpisodeTranscriptText => ({
  paragraphs: text
    .split(/\n\s*\n/)
    .map((p) => ({ text: p.trim() }))
    .filter((p) => p.text),
  timed: false,
});

/**
 * What the episode page shows as the transcript: the uploaded caption file's paragraphs with their
 * start times, else the transcript text. A file that cannot be read is named in the build log.
 * `readBytes` reads the uploaded file (uploadedTranscript.ts).
 */
export async function episodeTranscriptText(
  episode: Pick<Episode, '_id' | 'slug' | 'transcript'>,
  readBytes: (url: string) => Promise<Uint8Array>,
): Promise<EpisodeTranscriptText | undefined> {
  const id = episode._id;
  const file = transcriptFile(episode);
  const typed = episode.transcript?.text?.trim();
  if (!file?.uploadedUrl) return typed ? untimed(typed) : undefined;
  const content = new TextDecoder().decode(await readBytes(file.uploadedUrl));
  if (file.extension === 'txt') return untimed(typed || content);
  const { cues, problems } = await transcriptCues(content, file.extension as TranscriptFormat);
  if (problems.length > 0 || cues.length === 0) {
    const shown =
      cues.length > 0
        ? 'the page shows what could be read'
        : typed
          ? 'the page shows the transcript text instead'
          : 'the page shows only the download link';
    console.warn(
      `Transcript file of podcastEpisode "${id}" (field transcript.file, ${file.uploadedUrl}) has problems: ${problems.join('; ') || 'no cues'}; ${shown}. Fix the file and upload it again.`,
    );
  }
  if (cues.length > 0) return { paragraphs: transcriptParagraphs(cues), timed: true };
  return typed ? untimed(typed) : undefined;
}
