/*
 * Text as XML 1.0 allows it. XML 1.0 forbids most control characters even as character
 * references, and a feed containing one is rejected by strict parsers, so they are removed.
 */

// Allowed: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF,
// minus DEL and the C1 controls (allowed by XML 1.0 but never meant as text).
const notXmlText = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** The string without characters XML 1.0 cannot carry (and without lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(notXmlText, '');
}

const encoder = new TextEncoder();

/**
 * At most `maxBytes` bytes of UTF-8, cut on a character boundary (never inside a multi-byte
 * character or a surrogate pair); an ellipsis marks the cut and counts towards the limit.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (text.length <= maxBytes / 3 || encoder.encode(text).length <= maxBytes) return text;
  const ellipsis = '…';
  const budget = maxBytes - encoder.encode(ellipsis).length;
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > budget) break;
    bytes += size;
    out += char;
  }
  return out.trimEnd() + ellipsis;
}

/** UTF-8 length in bytes. */
export const utf8Length = (text: string) => encoder.encode(text).length;

/** The text up to `maxChars` characters, cut after a whole word with an ellipsis when longer. */
export function firstWords(text: string, maxChars: number): string {
  const characters = [...text.trim()];
  if (characters.length <= maxChars) return characters.join('');
  const cut = characters.slice(0, maxChars - 1).join('');
  const wordEnd = cut.search(/\s\S*$/);
  return `${(wordEnd > 0 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}
