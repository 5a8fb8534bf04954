/**
 * Reads an `<itunes:duration>`: `HH:MM:SS`, `MM:SS`, `H:MM:SS.mmm` or plain seconds ("3600",
 * "3600.5"). Returns whole seconds (rounded), or null when the value is missing or unreadable.
 */
export function parseDuration(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return positive(Math.round(Number(text)));
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((part, i) => (i === parts.length - 1 ? /^\d{1,2}(\.\d+)?$/ : /^\d+$/).test(part))) return null;
  const numbers = parts.map(Number);
  const seconds = numbers.reduce((total, n) => total * 60 + n, 0);
  // Minutes and seconds past the first unit must be below 60 ("1:75" is not a duration).
  if (numbers.slice(1).some((n) => n >= 60)) return null;
  return positive(Math.round(seconds));
}

const positive = (n: number): number | null => (Number.isFinite(n) && n > 0 ? n : null);
