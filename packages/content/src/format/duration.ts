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

/** What editors are told when a typed position is not one (Studio chapters and soundbites). */
export const CLOCK_TIME_HINT = 'type minutes:seconds, e.g. 20:30, or hours:minutes:seconds, e.g. 1:02:05';

/**
 * "20:30" -> 1230, "1:02:05" -> 3725: a position typed as mm:ss or h:mm:ss, the way clockTime
 * writes it; undefined for anything else (a bare number is ambiguous: seconds or minutes?).
 */
export function parseClockTime(text: string): number | undefined {
  const match = /^(?:(\d+):([0-5]\d)|(\d+)):([0-5]\d)$/.exec(text.trim());
  if (!match) return undefined;
  const [, hours, minutesPastHour, minutes, seconds] = match;
  return hours !== undefined
    ? Number(hours) * 3600 + Number(minutesPastHour) * 60 + Number(seconds)
    : Number(minutes) * 60 + Number(seconds);
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
