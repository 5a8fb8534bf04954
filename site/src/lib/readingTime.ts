import { toPlainText } from 'astro-portabletext';
import type { PortableTextContent } from '@frm/content';

const WORDS_PER_MINUTE = 225;

/** Minutes to read a Portable Text body (text blocks, scripture and callouts). */
export function readingMinutes(body: PortableTextContent): number {
  const words = body
    .map((block) => (block._type === 'block' ? toPlainText([block]) : block._type === 'scripture' || block._type === 'callout' ? block.text : ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
