import { audioMimeTypes } from '../vocabulary.ts';

/*
 * The one audio MIME table: which types an episode's audio may have (vocabulary.ts, shown in the
 * studio, required by the zod model), what other names servers and feeds give them, and which
 * file extension means which type. The studio's audio input, the importer and the export reader
 * all ask here. Apple Podcasts takes audio/mpeg (MP3) and audio/x-m4a (M4A, AAC in MP4) and also
 * audio/mp4; the other types are for Podcasting 2.0 apps.
 */

export type AudioMimeType = (typeof audioMimeTypes)[number];

/** File extension -> type. `.m4b` is an M4A audiobook (chapters), `.mpga` an MP3. */
export const AUDIO_MIME_TYPE_BY_EXTENSION: Readonly<Record<string, AudioMimeType>> = {
  mp3: 'audio/mpeg',
  mpga: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  m4b: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
};

/** Names servers, browsers and old feeds use for those types. */
const ALIASES: Readonly<Record<string, AudioMimeType>> = {
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/mpg': 'audio/mpeg',
  'audio/m4a': 'audio/x-m4a',
  'audio/x-aac': 'audio/aac',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'application/ogg': 'audio/ogg',
};

/**
 * A Content-Type header, File.type or enclosure type -> one of our audio types, or undefined
 * (e.g. "application/octet-stream", which many hosts send for any file).
 */
export function normalizeAudioMimeType(contentType: unknown): AudioMimeType | undefined {
  if (typeof contentType !== 'string') return undefined;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if ((audioMimeTypes as readonly string[]).includes(type)) return type as AudioMimeType;
  return ALIASES[type];
}

/** "Episode 12.MP3" or "https://cdn.example.org/ep12.m4a?x=1" -> the type its extension means. */
export function audioMimeTypeFromName(nameOrUrl: unknown): AudioMimeType | undefined {
  if (typeof nameOrUrl !== 'string') return undefined;
  let path = nameOrUrl;
  try {
    path = new URL(nameOrUrl).pathname;
  } catch {
    // a plain file name
  }
  const match = /\.([a-z0-9]+)$/i.exec(path.trim());
  return match ? AUDIO_MIME_TYPE_BY_EXTENSION[match[1]!.toLowerCase()] : undefined;
}

/** The type from what the browser, server or feed says, else from the file's extension. */
export function detectAudioMimeType(contentType: unknown, nameOrUrl: unknown): AudioMimeType | undefined {
  return normalizeAudioMimeType(contentType) ?? audioMimeTypeFromName(nameOrUrl);
}
