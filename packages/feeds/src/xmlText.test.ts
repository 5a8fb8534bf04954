import { describe, expect, it } from 'vitest';
import { firstWords, truncateUtf8, utf8Length, xmlSafe } from './xmlText.ts';

describe('xmlSafe', () => {
  it('removes control characters XML 1.0 forbids and keeps tab, newlines, emoji and RTL text', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u000ce\u001ff\u007fg\u0085h')).toBe('abcdefgh');
    expect(xmlSafe('tab\there\nline\r\n')).toBe('tab\there\nline\r\n');
    expect(xmlSafe('Family 👨‍👩‍👧 · שָׁלוֹם · مرحبا')).toBe('Family 👨‍👩‍👧 · שָׁלוֹם · مرحبا');
  });

  it('removes lone surrogates and the non-characters U+FFFE and U+FFFF', () => {
    expect(xmlSafe('x\ud800y\udc00z\ufffe\uffff')).toBe('xyz');
  });
});

describe('truncateUtf8', () => {
  it('leaves short text alone', () => {
    expect(truncateUtf8('short', 4000)).toBe('short');
    const exact = 'é'.repeat(2000);
    expect(truncateUtf8(exact, 4000)).toBe(exact);
  });

  it('cuts multi-byte text on a character boundary within the byte limit', () => {
    const emoji = '😀'.repeat(1500); // 6000 bytes
    const cut = truncateUtf8(emoji, 4000);
    expect(utf8Length(cut)).toBeLessThanOrEqual(4000);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut.slice(0, -1)].every((c) => c === '😀')).toBe(true);
    const mixed = 'aé€😀'.repeat(500); // 10 bytes per repeat
    const cut2 = truncateUtf8(mixed, 4000);
    expect(utf8Length(cut2)).toBeLessThanOrEqual(4000);
    expect(utf8Length(cut2)).toBeGreaterThan(3980);
    expect(Buffer.from(cut2, 'utf8').toString('utf8')).toBe(cut2);
  });

  // maxBytes 9 leaves 6 bytes for text before the 3-byte ellipsis.
  it.each([
    ['1-byte characters filling the budget exactly', 'abcdefghij', 'abcdef…'],
    ['U+0080, the first 2-byte character', '\u0080'.repeat(10), `${'\u0080'.repeat(3)}…`],
    ['U+07FF, the last 2-byte character', '\u07ff'.repeat(10), `${'\u07ff'.repeat(3)}…`],
    ['U+0800, the first 3-byte character', '\u0800'.repeat(10), `${'\u0800'.repeat(2)}…`],
    ['a 2-byte character that would end one byte past the budget', 'abcde\u00e9fgh', 'abcde…'],
  ])('cuts at exact byte boundaries: %s', (_name, text, cut) => {
    expect(truncateUtf8(text, 9)).toBe(cut);
    expect(utf8Length(cut)).toBeLessThanOrEqual(9);
  });

  it('counts U+10000, the first 4-byte character, as 4 bytes', () => {
    // maxBytes 12 leaves 9 bytes: two 4-byte characters, not three.
    expect(truncateUtf8('\u{10000}'.repeat(10), 12)).toBe(`${'\u{10000}'.repeat(2)}…`);
    expect(truncateUtf8('\uffff'.repeat(10), 12)).toBe(`${'\uffff'.repeat(3)}…`);
  });

  it('drops the spaces before the ellipsis, not the ones at the start', () => {
    expect(truncateUtf8('abcde fghij', 9)).toBe('abcde…');
    expect(truncateUtf8(' abcdefghij', 9)).toBe(' abcde…');
  });
});

describe('firstWords', () => {
  it('keeps short text, and cuts long text after a whole word with an ellipsis', () => {
    expect(firstWords('  Short.  ', 10)).toBe('Short.');
    expect(firstWords('Honest conversations for families', 20)).toBe('Honest…');
    expect(firstWords('Ehe und Familie – Gespräche', 26)).toBe('Ehe und Familie –…');
    expect([...firstWords('x'.repeat(50), 20)]).toHaveLength(20);
  });
});
