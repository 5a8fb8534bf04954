import { toPlainText } from 'astro-portabletext';
import type { PortableTextContent } from '@frm/content';
import { stegaClean } from '@sanity/client/stega';

const WORDS_PER_MINUTE = 225;

/** Minutes to read a Portable Text body (text blocks, scripture and callouts). */
export function readingMinutes(body: PortableTextContent): number {
  // Preview text carries stega, whose U+FEFF counts as whitespace: it would split into "words".
  const words = stegaClean(body)
    .map((block) => (block._type === 'block' ? toPlainText([block]) : block._type === 'scripture' || block._type === 'callout' ? block.text : ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
