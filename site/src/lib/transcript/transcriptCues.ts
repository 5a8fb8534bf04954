import { parseText, tokenizeVTTCue, type VTTNode } from 'media-captions';
import { z } from 'zod';

/** One timed piece of a transcript, whatever file it came from. */
export interface TranscriptCue {
  start: number;
  end: number;
  /** Who speaks, when the file says so. */
  speaker?: string;
  text: string;
}

export type TranscriptFormat = 'vtt' | 'srt' | 'json';

export interface ParsedTranscript {
  cues: TranscriptCue[];
  /** What the parser could not read, for the build log; empty when the file is clean. */
  problems: string[];
}

/** The Podcasting 2.0 JSON transcript format (podcast-namespace docs/examples/transcripts). */
const jsonTranscript = z.object({
  segments: z.array(
    z.object({
      speaker: z.string().optional(),
      startTime: z.number().nonnegative(),
      endTime: z.number().nonnegative(),
      body: z.string(),
    }),
  ),
});

/** Cues of a WebVTT, SRT or Podcasting 2.0 JSON transcript. */
export async function transcriptCues(text: string, format: TranscriptFormat): Promise<ParsedTranscript> {
  if (format === 'json') return jsonCues(text);
  // media-captions (vidstack) parses WebVTT and SRT, and tokenizes cue text with its <v Speaker> voices.
  const parsed = await parseText(text, { type: format, errors: true });
  const cues = parsed.cues.map((cue) => {
    const nodes = tokenizeVTTCue(cue);
    const voice = firstVoice(nodes);
    return {
      start: cue.startTime,
      end: cue.endTime,
      ...(voice ? { speaker: voice } : {}),
      text: normalize(plainText(nodes)),
    };
  });
  return {
    cues: withSpeakerPrefixes(cues.filter((c) => c.text !== '')),
    problems: parsed.errors.map((e) => `line ${e.line}: ${e.message}`),
  };
}

function jsonCues(text: string): ParsedTranscript {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { cues: [], problems: [`not JSON (${(error as Error).message})`] };
  }
  const parsed = jsonTranscript.safeParse(data);
  if (!parsed.success)
    return { cues: [], problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`) };
  const cues = parsed.data.segments.map((s) => ({
    start: s.startTime,
    end: s.endTime,
    ...(s.speaker?.trim() ? { speaker: s.speaker.trim() } : {}),
    text: normalize(s.body),
  }));
  return { cues: cues.filter((c) => c.text !== ''), problems: [] };
}

function firstVoice(nodes: VTTNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'v' && 'voice' in node && node.voice.trim()) return node.voice.trim();
    if ('children' in node) {
      const inner = firstVoice(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

function plainText(nodes: VTTNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.data : 'children' in node ? plainText(node.children) : ''))
    .join('');
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

const PREFIX = /^([A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2}):\s+(.+)$/u;

/**
 * SRT has no voice tag, so files name speakers as "Rachel: ..." at the start of a cue. A prefix
 * counts as a speaker only when it starts at least two cues, so "Today: ..." stays text.
 */
function withSpeakerPrefixes(cues: TranscriptCue[]): TranscriptCue[] {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    const name = cue.speaker ? undefined : PREFIX.exec(cue.text)?.[1];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return cues.map((cue) => {
    const match = cue.speaker ? null : PREFIX.exec(cue.text);
    return match && (counts.get(match[1]!) ?? 0) >= 2 ? { ...cue, speaker: match[1]!, text: match[2]! } : cue;
  });
}
