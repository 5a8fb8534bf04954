import type { PortableTextContent } from '@frm/content';
import { stegaClean } from '@sanity/client/stega';

const WORDS_PER_MINUTE = 225;

/** Minutes to read a Portable Text body (text blocks, scripture and callouts). */
export function readingMinutes(body: PortableTextContent): number {
  const text = body
    .map((block) =>
      block._type === 'block'
        ? block.children.map((span) => span.text).join('')
        : block._type === 'scripture' || block._type === 'callout'
          ? block.text
          : '',
    )
    .join(' ');
  // Preview text carries stega, whose U+FEFF counts as whitespace: it would split into "words".
  // Cleaned once on the joined text, not by cloning the whole body.
  return Math.max(1, Math.round(countWords(stegaClean(text)) / WORDS_PER_MINUTE));
}

const whitespace = /\s/;

/** Runs of non-whitespace (JavaScript's \s), counted in place: no array of words for each page. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && whitespace.test(text[i]!));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
