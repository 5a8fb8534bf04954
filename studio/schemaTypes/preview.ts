/** Pure helpers for list previews: the subtitle shows the date plus any state an editor must act on. */

export interface PreviewState {
  publishedAt?: string | null;
  /** The image field's asset reference, when an image is set. */
  imageAsset?: unknown;
  imageAlt?: string | null;
  /** Only for episodes: whether the audio has a file or a web address. */
  audio?: { file?: unknown; url?: unknown };
}

export function isScheduled(publishedAt: string | null | undefined, now: Date = new Date()): boolean {
  if (!publishedAt) return false;
  const time = Date.parse(publishedAt);
  return Number.isFinite(time) && time > now.getTime();
}

/** States in the order an editor should deal with them. */
export function previewStates(state: PreviewState, now: Date = new Date()): string[] {
  const states: string[] = [];
  if (isScheduled(state.publishedAt, now)) states.push('Scheduled');
  if (state.audio && !state.audio.file && !state.audio.url) states.push('Missing audio');
  if (state.imageAsset && !(typeof state.imageAlt === 'string' && state.imageAlt.trim()))
    states.push('Missing alt text');
  return states;
}

export function formatDate(iso: string | null | undefined, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone });
}

/** Joins the non-empty parts with " · ", e.g. "S2 · E14 · Mar 3, 2026 · Missing audio". */
export function joinSubtitle(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}
