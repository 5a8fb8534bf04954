import type { PortableTextContent } from '@frm/content';
import { stegaClean } from '@sanity/client/stega';

const WORDS_PER_MINUTE = 225;

/** Minutes to read a Portable Text body (text blocks, scripture and callouts). */
export function readingMinutes(body: PortableTextContent): number {
  const text = body
    .map((block) => (block._type === 'block' ? block.children.map((span) => span.text).join('') : block._type === 'scripture' || block._type === 'callout' ? block.text : ''))
    .join(' ');
  // Preview text carries stega, whose U+FEFF counts as whitespace: it would split into "words".
  // Cleaned once on the joined text, not by cloning the whole body.
  const words = stegaClean(text).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
