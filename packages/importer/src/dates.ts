/**
 * Reads a feed date (RFC 822 as RSS writes it, or ISO 8601) into an ISO 8601 UTC date-time,
 * or null when it is missing or no real date. Two-digit years and time-zone names (GMT, EST, ...)
 * are handled by the JavaScript date parser; dates before 1990 are treated as unreadable.
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  // Some hosts end the date with a comment: "2024-03-05T10:00:00Z (UTC)". V8 ignores one after an
  // RFC 822 date, not after an ISO one or a time without a space. (A doubled weekday it reads itself.)
  const cleaned = text.replace(/\s*\([^)]*\)\s*$/, '');
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2200) return null;
  return date.toISOString().replace('.000Z', 'Z');
}
