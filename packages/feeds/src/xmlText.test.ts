import { describe, expect, it } from 'vitest';
import { truncateUtf8, utf8Length, xmlSafe } from './xmlText.ts';

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
});
