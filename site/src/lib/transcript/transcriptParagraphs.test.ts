import { describe, expect, it } from 'vitest';
import { transcriptParagraphs } from './transcriptParagraphs.ts';

const cue = (start: number, text: string, speaker?: string) => ({
  start,
  end: start + 1,
  text,
  ...(speaker ? { speaker } : {}),
});

describe('transcriptParagraphs', () => {
  it('joins one speaker’s cues into a paragraph starting at its first cue, and starts a new one when the speaker changes', () => {
    expect(
      transcriptParagraphs([
        cue(0, 'Welcome.', 'Rachel'),
        cue(1.2, 'Glad you are here.', 'Rachel'),
        cue(2.7, 'Thanks.', 'Nate'),
        cue(4, 'Back to you.', 'Rachel'),
      ]),
    ).toEqual([
      { start: 0, speaker: 'Rachel', text: 'Welcome. Glad you are here.' },
      { start: 2.7, speaker: 'Nate', text: 'Thanks.' },
      { start: 4, speaker: 'Rachel', text: 'Back to you.' },
    ]);
  });

  it('splits a long stretch without speakers at a sentence end, not one line per cue', () => {
    const sentence = 'one two three four five six seven eight nine ten.';
    const cues = Array.from({ length: 14 }, (_, i) => cue(i * 3, sentence));
    const paragraphs = transcriptParagraphs(cues);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 18, 36]);
    expect(paragraphs.every((p) => p.speaker === undefined)).toBe(true);
    expect(paragraphs[0]!.text.split(' ')).toHaveLength(60);
  });

  it('splits even without a sentence end once a paragraph is very long', () => {
    const cues = Array.from({ length: 20 }, (_, i) => cue(i, 'one two three four five six seven eight nine ten'));
    expect(transcriptParagraphs(cues).map((p) => p.start)).toEqual([0, 15]);
  });
});
