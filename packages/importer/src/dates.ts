/**
 * Reads a feed date (RFC 822 as RSS writes it, or ISO 8601) into an ISO 8601 UTC date-time,
 * or null when it is missing or no real date. Two-digit years and time-zone names (GMT, EST, ...)
 * are handled by the JavaScript date parser; dates before 1990 are treated as unreadable.
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  // Some hosts write "Tue, 05 Mar 2024 10:00:00 +0000 (UTC)" or a doubled weekday; keep the core.
  const cleaned = text.replace(/\s*\([^)]*\)\s*$/, '').replace(/^[A-Za-z]{3,9},?\s+(?=[A-Za-z]{3,9},)/, '');
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2200) return null;
  return date.toISOString().replace('.000Z', 'Z');
}
