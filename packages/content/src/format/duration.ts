/*
 * How a length or a position in audio is written, for the site (player, chapters, cards,
 * structured data) and the studio (audio input, chapter previews) alike. Browser-safe.
 */

/** 3725 -> "1:02:05", 125.9 -> "2:05": how players show a position (whole seconds, rounded down). */
export function clockTime(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** clockTime of a form value, or undefined when it is not a length (unset, negative, not a number). */
export function clockTimeOf(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? clockTime(value) : undefined;
}

/** 3725 -> "1 hr 2 min", for reading. */
export function spokenDuration(totalSeconds: number): string {
  const minutes = Math.max(1, Math.round(totalSeconds / 60));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} hr ${minutes % 60} min` : `${minutes} min`;
}

/** ISO 8601 duration (PT1H2M5S), as schema.org expects. */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`;
}
