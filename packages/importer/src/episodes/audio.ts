import { audioMimeTypes } from '@frm/content/vocabulary';

export type AudioMimeType = (typeof audioMimeTypes)[number];

const ALIASES: Record<string, AudioMimeType> = {
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

const BY_EXTENSION: Record<string, AudioMimeType> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
};

/** The enclosure's MIME type as the schema lists it, from its `type` or else the URL's extension; null if neither says. */
export function audioMimeType(type: string, url: string): AudioMimeType | null {
  const normalized = type.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  if ((audioMimeTypes as readonly string[]).includes(normalized)) return normalized as AudioMimeType;
  const alias = ALIASES[normalized];
  if (alias) return alias;
  const extension = /\.([a-z0-9]{2,4})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}

/** Enclosure length in bytes, or null when missing, zero or not a number (some hosts write 0). */
export function byteSize(length: string): number | null {
  const text = length.trim().replace(/,/g, '');
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** "yes" / "true" / "explicit" -> true, "no" / "false" / "clean" -> false, anything else -> null. */
export function explicitFlag(value: string): boolean | null {
  const text = value.trim().toLowerCase();
  if (['yes', 'true', 'explicit'].includes(text)) return true;
  if (['no', 'false', 'clean'].includes(text)) return false;
  return null;
}

/** A positive whole number ("3", " 12 "), or null. */
export function positiveInteger(value: string): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}
