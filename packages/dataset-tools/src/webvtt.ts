/* WebVTT captions / transcripts (https://www.w3.org/TR/webvtt1/) from a list of cues. */

export interface Cue {
  start: number;
  end: number;
  /** Optional voice, written as <v Name>. */
  voice?: string;
  text: string;
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

const escapeCueText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function webvtt(cues: Cue[]): string {
  let previousEnd = 0;
  const blocks = cues.map((cue, i) => {
    if (cue.start < previousEnd || cue.end <= cue.start)
      throw new Error(`cue ${i + 1} overlaps the one before or ends before it starts`);
    if (cue.text.includes('-->') || /\n\s*\n/.test(cue.text))
      throw new Error(`cue ${i + 1} text cannot hold "-->" or a blank line`);
    previousEnd = cue.end;
    const text = escapeCueText(cue.text);
    return `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.voice ? `<v ${cue.voice}>${text}` : text}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
