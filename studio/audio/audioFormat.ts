/** Pure helpers for the audio input: human-readable sizes and lengths, and MIME types podcast apps accept. */
import { audioMimeTypes } from '@frm/content/vocabulary';

export type AudioMimeType = (typeof audioMimeTypes)[number];

/** 48213456 -> "48.2 MB" (decimal units, as podcast hosts and file managers show them). */
export function formatBytes(bytes: unknown): string | undefined {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return undefined;
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** 2712.4 -> "45:12", 3723 -> "1:02:03". */
export function formatDuration(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const BY_EXTENSION: Record<string, AudioMimeType> = {
  mp3: 'audio/mpeg',
  mpga: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  mp4: 'audio/mp4',
  m4b: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
};

/** "Episode 12.MP3" or "https://cdn.example.org/ep12.m4a?x=1" -> the MIME type from its extension. */
export function mimeTypeFromName(nameOrUrl: unknown): AudioMimeType | undefined {
  if (typeof nameOrUrl !== 'string') return undefined;
  let path = nameOrUrl;
  try {
    path = new URL(nameOrUrl).pathname;
  } catch {
    // a plain file name
  }
  const match = /\.([a-z0-9]+)$/i.exec(path.trim());
  return match ? BY_EXTENSION[match[1]!.toLowerCase()] : undefined;
}

const ALIASES: Record<string, AudioMimeType> = {
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/m4a': 'audio/x-m4a',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-aac': 'audio/aac',
};

/**
 * A Content-Type header or File.type -> one of the MIME types the feed allows, or undefined
 * (e.g. "application/octet-stream", which many hosts send for any file).
 */
export function normalizeMimeType(contentType: unknown): AudioMimeType | undefined {
  if (typeof contentType !== 'string') return undefined;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if ((audioMimeTypes as readonly string[]).includes(type)) return type as AudioMimeType;
  return ALIASES[type];
}

/** The best MIME type from what the browser or server says, falling back to the file extension. */
export function detectMimeType(contentType: unknown, nameOrUrl: unknown): AudioMimeType | undefined {
  return normalizeMimeType(contentType) ?? mimeTypeFromName(nameOrUrl);
}

/** "bytes 0-0/48213456" -> 48213456 (the total size in a Content-Range header). */
export function totalFromContentRange(header: string | null | undefined): number | undefined {
  const match = header ? /\/(\d+)\s*$/.exec(header) : null;
  return match ? Number(match[1]) : undefined;
}
