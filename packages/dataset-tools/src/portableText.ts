/*
 * Small builders for Portable Text in the seed dataset. Blocks are built without `_key`s; `withKeys`
 * (keys.ts) gives every array item a key derived from its document and path, so keys are stable
 * from run to run. Annotations get a local key here ('m0', 'm1', ...) that `withKeys` replaces.
 */
import type { ImageValue } from './values.ts';

export type Decorator = 'strong' | 'em' | 'underline' | 'code';

/** A piece of inline text: plain, decorated, or carrying a link / internal link. */
export interface InlineSpan {
  text: string;
  decorators?: Decorator[];
  href?: string;
  openInNewTab?: boolean;
  /** `_id` of a post, podcastEpisode, resource, page or topic. */
  ref?: string;
}

export type Inline = string | InlineSpan;

export interface Span {
  _type: 'span';
  text: string;
  marks: string[];
}

export type MarkDef =
  | { _key: string; _type: 'link'; href: string; openInNewTab?: boolean }
  | { _key: string; _type: 'internalLink'; reference: { _type: 'reference'; _ref: string } };

export type BlockStyle = 'normal' | 'h2' | 'h3' | 'h4' | 'blockquote';

export interface TextBlock {
  _type: 'block';
  style: BlockStyle;
  listItem?: 'bullet' | 'number';
  level?: number;
  markDefs: MarkDef[];
  children: Span[];
}

export interface ScriptureBlock {
  _type: 'scripture';
  text: string;
  reference: string;
  translation?: string;
}

export interface CalloutBlock {
  _type: 'callout';
  tone: 'info' | 'tip' | 'warning';
  title?: string;
  text: string;
}

export interface EmbedBlock {
  _type: 'embed';
  url: string;
  title: string;
  kind: 'audio' | 'video';
}

export type PortableTextItem = TextBlock | ScriptureBlock | CalloutBlock | EmbedBlock | ImageValue;

export const strong = (text: string): InlineSpan => ({ text, decorators: ['strong'] });
export const em = (text: string): InlineSpan => ({ text, decorators: ['em'] });
export const link = (text: string, href: string, openInNewTab = true): InlineSpan => ({ text, href, openInNewTab });
export const internalLink = (text: string, ref: string): InlineSpan => ({ text, ref });

export function block(style: BlockStyle, inlines: Inline[], listItem?: 'bullet' | 'number'): TextBlock {
  const markDefs: MarkDef[] = [];
  const children: Span[] = inlines.map((inline) => {
    if (typeof inline === 'string') return { _type: 'span', text: inline, marks: [] };
    const marks: string[] = [...(inline.decorators ?? [])];
    if (inline.href !== undefined) {
      const key = `m${markDefs.length}`;
      markDefs.push({
        _key: key,
        _type: 'link',
        href: inline.href,
        ...(inline.openInNewTab ? { openInNewTab: true } : {}),
      });
      marks.push(key);
    }
    if (inline.ref !== undefined) {
      const key = `m${markDefs.length}`;
      markDefs.push({ _key: key, _type: 'internalLink', reference: { _type: 'reference', _ref: inline.ref } });
      marks.push(key);
    }
    return { _type: 'span', text: inline.text, marks };
  });
  if (children.length === 0) throw new Error('A block needs at least one span');
  return { _type: 'block', style, ...(listItem ? { listItem, level: 1 } : {}), markDefs, children };
}

export const p = (...inlines: Inline[]) => block('normal', inlines);
export const h2 = (text: string) => block('h2', [text]);
export const h3 = (text: string) => block('h3', [text]);
export const quote = (...inlines: Inline[]) => block('blockquote', inlines);
export const bullet = (...inlines: Inline[]) => block('normal', inlines, 'bullet');
export const numbered = (...inlines: Inline[]) => block('normal', inlines, 'number');

export const scripture = (text: string, reference: string, translation = 'ESV'): ScriptureBlock => ({
  _type: 'scripture',
  text,
  reference,
  translation,
});

export const callout = (tone: CalloutBlock['tone'], title: string, text: string): CalloutBlock => ({
  _type: 'callout',
  tone,
  title,
  text,
});

export const embed = (url: string, title: string, kind: EmbedBlock['kind']): EmbedBlock => ({
  _type: 'embed',
  url,
  title,
  kind,
});

/** The plain text of a block's spans. */
export const blockText = (b: TextBlock) => b.children.map((c) => c.text).join('');
