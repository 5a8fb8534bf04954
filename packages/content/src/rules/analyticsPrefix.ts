import { isEmptyValue, type FieldCheck } from './fieldCheck.ts';

/*
 * An analytics prefix (OP3, Podtrac, Blubrry, ...) is an https address that a podcast app calls
 * first; the service counts the download and redirects to the audio. The feed and the download link
 * put it in front of the audio address without its scheme, the form all of them accept:
 *   https://op3.dev/e/ + example.org/ep1.mp3
 */

export function checkAnalyticsPrefix(value: unknown): true | string {
  if (isEmptyValue(value)) return true;
  const message =
    'Use the prefix your statistics service gives you, starting with https:// and ending with /, e.g. https://op3.dev/e/';
  if (typeof value !== 'string' || value.trim() !== value || !value.endsWith('/')) return message;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || !url.hostname || url.username || url.password || url.search || url.hash)
      return message;
  } catch {
    return message;
  }
  return true;
}
checkAnalyticsPrefix satisfies FieldCheck;

/** `url` (absolute) behind `prefix`; unchanged when there is no prefix. */
export function withAnalyticsPrefix(url: string, prefix: string | null | undefined): string {
  if (!prefix) return url;
  return prefix + url.replace(/^https?:\/\//i, '');
}
