import type { TranscriptCue } from './transcriptCues.ts';

/** A paragraph of the transcript as the episode page shows it. */
export interface TranscriptParagraph {
  /** Where it starts in the audio, in seconds. */
  start: number;
  speaker?: string;
  text: string;
}

/** A paragraph ends at a sentence end once it has this many words, and at the latest here. */
const SOFT_WORDS = 60;
const HARD_WORDS = 150;
const SENTENCE_END = /[.!?…]["”’)\]]*$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Cues (a line or two each) joined into readable paragraphs: a new one when the speaker changes,
 * and long stretches of one speaker split at sentence ends.
 */
export function transcriptParagraphs(cues: readonly TranscriptCue[]): TranscriptParagraph[] {
  const paragraphs: Array<TranscriptParagraph & { words: number }> = [];
  for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
    const last = paragraphs.at(-1);
    const full = last && (last.words >= HARD_WORDS || (last.words >= SOFT_WORDS && SENTENCE_END.test(last.text)));
    if (last && last.speaker === cue.speaker && !full) {
      last.text = `${last.text} ${cue.text}`;
      last.words += words(cue.text);
    } else {
      paragraphs.push({
        start: cue.start,
        ...(cue.speaker ? { speaker: cue.speaker } : {}),
        text: cue.text,
        words: words(cue.text),
      });
    }
  }
  return paragraphs.map(({ words: _words, ...paragraph }) => paragraph);
}
