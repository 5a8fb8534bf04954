import type { PortableTextContent } from '@frm/content';
import { embedTarget } from '@frm/content';

/**
 * The text of a document's search body, as blocks: what a reader reads on its page, without the
 * page's labels (dates, bylines, players, buttons), in page order. The search index is built from
 * these (searchRecords.ts) while Astro renders the same content as HTML; the build test
 * `site/test/searchIndex.build.test.ts` checks that the two hold the same words.
 */
export type SearchBlocks = Array<string | null | undefined>;

/** Characters after which a block gets a full stop, so excerpts read as sentences (as Pagefind does for HTML blocks). */
const ENDS_A_SENTENCE = /[\w'")$*]$/u;

/** Joins blocks into one text: whitespace collapsed, each block ended as a sentence. */
export function searchText(blocks: SearchBlocks): string {
  return blocks
    .map((block) => (block ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((block) => (ENDS_A_SENTENCE.test(block) ? `${block}.` : block))
    .join(' ');
}

/**
 * The text blocks of a Portable Text field as RichText.astro shows them: text blocks (paragraphs,
 * headings, quotes, list items), scripture with its reference, callouts with their title, the
 * caption of an image that has one, and the title of a link that is not embedded as a player.
 */
export function portableTextBlocks(value: PortableTextContent): string[] {
  return value.flatMap((block): string[] => {
    switch (block._type) {
      case 'block':
        return [block.children.map((span) => span.text).join('')];
      case 'scripture':
        return [block.text, block.translation ? `${block.reference} (${block.translation})` : block.reference];
      case 'callout':
        return block.title ? [block.title, block.text] : [block.text];
      case 'image':
        return block.asset && block.caption ? [block.caption] : [];
      case 'embed':
        // An embedded player is an iframe, which has no text on the page; other URLs are links.
        return embedTarget(block.url) ? [] : [block.title];
    }
  });
}
