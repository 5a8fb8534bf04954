import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '@frm/content';
import { countWords, readingMinutes } from './readingTime.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const block = (text: string) => ({
  _key: text.slice(0, 8),
  _type: 'block' as const,
  style: 'normal' as const,
  markDefs: [],
  children: [{ _key: 's', _type: 'span' as const, text, marks: [] }],
});

describe('readingMinutes', () => {
  it('counts about 225 words a minute, at least one minute', () => {
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes([block(words(100))] as PortableTextContent)).toBe(1);
    expect(readingMinutes([block(words(1125))] as PortableTextContent)).toBe(5);
  });
  it('counts scripture and callouts but not images or embeds', () => {
    const body = [
      block(words(450)),
      { _key: 'sc', _type: 'scripture', text: words(450), reference: 'Ps 1:1' },
      { _key: 'em', _type: 'embed', url: 'https://youtu.be/x', title: words(900) },
    ] as PortableTextContent;
    expect(readingMinutes(body)).toBe(4);
  });
  it('is not changed by stega (draft preview), whose U+FEFF counts as whitespace', () => {
    const stega = (text: string) => `${text}${'\u200B\u200C\uFEFF\u200D'.repeat(200)}`;
    expect(readingMinutes([block(stega(words(1125)))] as PortableTextContent)).toBe(5);
  });
});

describe('countWords', () => {
  it('counts what splitting on JavaScript whitespace counts', () => {
    const texts = [
      '',
      ' ',
      'one',
      '  one  two ',
      'a\tb\nc\rd\ve\ff',
      'non\u00a0breaking\u2003em\u3000ideographic\ufeffbom',
      'emoji 😀😀 and é',
      '\u200bzero\u200bwidth joins',
    ];
    for (const text of texts)
      expect(countWords(text), JSON.stringify(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
});
