import { detectAudioMimeType, type AudioMimeType } from '@frm/content/audio';

export type { AudioMimeType };

/** The enclosure's MIME type as the schema lists it, from its `type` or else the URL's extension; null if neither says. */
export function audioMimeType(type: string, url: string): AudioMimeType | null {
  return detectAudioMimeType(type, url) ?? null;
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
