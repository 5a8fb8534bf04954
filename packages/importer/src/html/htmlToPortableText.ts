import { htmlToPortableText as convert } from '@portabletext/html';
import { compileSchema, defineSchema } from '@portabletext/schema';
import { JSDOM } from 'jsdom';

/*
 * HTML (show notes, old blog posts) -> Portable Text in the shape of the studio's `blockContent`:
 * styles normal / h2-h4 / blockquote, bullet and numbered lists, strong / em / underline / code,
 * and `link` annotations. Conversion is done by @portabletext/html (the maintained converter
 * behind Sanity's paste handling) with jsdom as the HTML parser. Scripts, styles, iframes and
 * images are dropped (the schema's image blocks need an uploaded asset) and counted.
 *
 * Blocks and spans come out without `_key`s; annotations carry local keys that
 * `withKeys`/`finalizeDocument` (@frm/content/documentKeys) replace with stable, path-derived ones.
 */

export interface Span {
  _type: 'span';
  text: string;
  marks: string[];
}

export interface LinkDef {
  _key: string;
  _type: 'link';
  href: string;
}

export interface TextBlock {
  _type: 'block';
  style: 'normal' | 'h2' | 'h3' | 'h4' | 'blockquote';
  listItem?: 'bullet' | 'number';
  level?: number;
  markDefs: LinkDef[];
  children: Span[];
}

export interface ConversionResult {
  blocks: TextBlock[];
  /** Elements left out, e.g. `{ script: 1, img: 2 }`. */
  dropped: Record<string, number>;
}

const schema = compileSchema(
  defineSchema({
    styles: [
      { name: 'normal' },
      { name: 'h1' },
      { name: 'h2' },
      { name: 'h3' },
      { name: 'h4' },
      { name: 'h5' },
      { name: 'h6' },
      { name: 'blockquote' },
    ],
    lists: [{ name: 'bullet' }, { name: 'number' }],
    decorators: [{ name: 'strong' }, { name: 'em' }, { name: 'underline' }, { name: 'code' }],
    annotations: [{ name: 'link', fields: [{ name: 'href', type: 'string' }] }],
  }),
);

const STYLE_MAP: Record<string, TextBlock['style']> = {
  normal: 'normal',
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h4',
  h6: 'h4',
  blockquote: 'blockquote',
};

const DECORATORS = new Set(['strong', 'em', 'underline', 'code']);
const DROPPED_ELEMENTS =
  'script, style, noscript, iframe, object, embed, template, img, picture, video, audio, svg, form';
const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#)/i;

// One jsdom window for every conversion: its DOMParser is far cheaper than a new JSDOM per document.
let domParser: DOMParser | null = null;
const parseHtml = (html: string): Document => {
  domParser ??= new new JSDOM('').window.DOMParser();
  return domParser.parseFromString(html, 'text/html');
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function htmlToBlocks(html: string): ConversionResult {
  const dropped: Record<string, number> = {};
  if (html.trim() === '') return { blocks: [], dropped };
  const document = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of [...document.body.querySelectorAll(DROPPED_ELEMENTS)]) {
    const name = element.tagName.toLowerCase();
    dropped[name] = (dropped[name] ?? 0) + 1;
    element.remove();
  }
  const cleaned = document.body.innerHTML;
  let counter = 0;
  const raw = convert(cleaned, {
    schema,
    keyGenerator: () => `k${counter++}`,
    parseHtml,
    whitespaceMode: 'normalize',
  });
  const blocks: TextBlock[] = [];
  for (const item of raw as unknown[]) {
    if (!isRecord(item) || item._type !== 'block' || !Array.isArray(item.children)) {
      const type = isRecord(item) && typeof item._type === 'string' ? item._type : 'unknown';
      dropped[type] = (dropped[type] ?? 0) + 1;
      continue;
    }
    const block = normalizeBlock(item);
    if (block) blocks.push(block);
  }
  return { blocks, dropped };
}

function normalizeBlock(item: Record<string, unknown>): TextBlock | null {
  const defs = new Map<string, LinkDef>();
  for (const def of Array.isArray(item.markDefs) ? item.markDefs : []) {
    if (!isRecord(def) || def._type !== 'link' || typeof def._key !== 'string' || typeof def.href !== 'string')
      continue;
    const href = def.href.trim();
    if (SAFE_HREF.test(href)) defs.set(def._key, { _key: def._key, _type: 'link', href });
  }
  const children: Span[] = [];
  for (const child of item.children as unknown[]) {
    if (!isRecord(child) || child._type !== 'span' || typeof child.text !== 'string') continue;
    const marks = (Array.isArray(child.marks) ? child.marks : []).filter(
      (mark): mark is string => typeof mark === 'string' && (DECORATORS.has(mark) || defs.has(mark)),
    );
    const previous = children.at(-1);
    // Neighbouring spans with the same marks are one span.
    if (previous && previous.marks.join(' ') === marks.join(' ')) previous.text += child.text;
    else children.push({ _type: 'span', text: child.text, marks });
  }
  if (children.length === 0 || children.every((span) => span.text.trim() === '')) return null;
  const first = children[0];
  const last = children.at(-1);
  if (first) first.text = first.text.replace(/^\s+/, '');
  if (last) last.text = last.text.replace(/\s+$/, '');
  const used = new Set(children.flatMap((span) => span.marks));
  const style = STYLE_MAP[typeof item.style === 'string' ? item.style : 'normal'] ?? 'normal';
  const listItem = item.listItem === 'bullet' || item.listItem === 'number' ? item.listItem : undefined;
  return {
    _type: 'block',
    style: listItem ? 'normal' : style,
    ...(listItem ? { listItem, level: typeof item.level === 'number' && item.level > 0 ? item.level : 1 } : {}),
    markDefs: [...defs.values()].filter((def) => used.has(def._key)),
    children: children.filter((span) => span.text !== ''),
  };
}

/** The plain text of HTML (for summaries): block boundaries become blank lines, tags and scripts go. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const { blocks } = htmlToBlocks(html);
  return blocks
    .map((block) => block.children.map((span) => span.text).join(''))
    .join('\n\n')
    .trim();
}
