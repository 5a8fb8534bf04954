import { JSDOM } from 'jsdom';

/*
 * The words of a page's search body as Pagefind reads HTML (pagefind 1.x, fossick/parser.rs): the
 * `[data-pagefind-body]` element (or the whole fragment), without `[data-pagefind-ignore]` and the
 * elements Pagefind drops, with block elements kept apart. Used to check that the search records,
 * made from content, hold what the pages show.
 */
const DROPPED =
  '[data-pagefind-ignore], head, style, script, noscript, label, form, svg, footer, nav, iframe, template';
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdo',
  'big',
  'cite',
  'code',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);

/** Words of a text, a trailing full stop dropped (Pagefind and searchText.ts both end blocks with one). */
export const searchWords = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((word) => word.replace(/\.+$/, ''))
    .filter(Boolean);

export function searchBodyWords(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const body = document.querySelector('[data-pagefind-body]') ?? document.body;
  body.querySelectorAll(DROPPED).forEach((element) => element.remove());
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) text += node.textContent;
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const block = !INLINE.has((node as Element).localName);
    if (block) text += ' ';
    node.childNodes.forEach(walk);
    if (block) text += ' ';
  };
  walk(body);
  return searchWords(text);
}
