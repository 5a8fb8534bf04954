import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import { safeHref } from '../links/safeHref.ts';
import type { PortableTextContent } from '../models/portableText.ts';

/*
 * The one Portable Text to HTML renderer: site pages and feeds both render bodies with it, each
 * with its own rules for links and custom blocks. Text and attributes are escaped here, and a link
 * whose href is not safe (javascript:, data:, malformed) keeps its text but is not a link.
 */

type Block = PortableTextContent[number];
type BlockOf<T extends Block['_type']> = Extract<Block, { _type: T }>;
export type ImageBlock = BlockOf<'image'>;
export type ScriptureBlock = BlockOf<'scripture'>;
export type CalloutBlock = BlockOf<'callout'>;
export type EmbedBlock = BlockOf<'embed'>;
type MarkDef = BlockOf<'block'>['markDefs'][number];
type LinkDef = Extract<MarkDef, { _type: 'link' }>;
type InternalLinkDef = Extract<MarkDef, { _type: 'internalLink' }>;
/** The document an internal link points to, as the queries return it. */
export type LinkTarget = NonNullable<InternalLinkDef['target']>;

/** How one output (site pages, a feed) renders links and the custom blocks, as HTML strings. */
export interface PortableTextRules {
  /** A link to a safe href (a web link's, or a linked document's); children is HTML. */
  link: (href: string, children: string, options: { openInNewTab: boolean }) => string;
  /** Site path or URL of a linked document; undefined renders the link text only. */
  internalLinkHref: (target: LinkTarget) => string | undefined;
  scripture: (block: ScriptureBlock) => string;
  callout: (block: CalloutBlock) => string;
  embed: (block: EmbedBlock) => string;
  /** Images; without it, render bodies with portableTextSegments (images go elsewhere). */
  image?: (block: ImageBlock) => string;
  /** A mark with no definition (its link was removed); the renderer's default span when absent. */
  unknownMark?: (children: string) => string;
}

/** Escapes text or an attribute value for HTML. */
export const escapeHtml = (text: string): string => escapeHTML(text);

function components(rules: PortableTextRules): Partial<PortableTextHtmlComponents> {
  const link = (href: string | undefined, children: string, openInNewTab = false) => {
    const safe = safeHref(href);
    return safe ? rules.link(safe, children, { openInNewTab }) : children;
  };
  const unknownMark = rules.unknownMark;
  return {
    ...(unknownMark ? { unknownMark: ({ children }: { children: string }) => unknownMark(children) } : {}),
    marks: {
      link: ({ value, children }) => {
        const def = value as LinkDef | undefined;
        return link(def?.href, children, def?.openInNewTab === true);
      },
      internalLink: ({ value, children }) => {
        const target = (value as InternalLinkDef | undefined)?.target;
        return link(target ? rules.internalLinkHref(target) : undefined, children);
      },
    },
    types: {
      scripture: ({ value }) => rules.scripture(value as ScriptureBlock),
      callout: ({ value }) => rules.callout(value as CalloutBlock),
      embed: ({ value }) => rules.embed(value as EmbedBlock),
      image: ({ value }) => {
        if (!rules.image)
          throw new Error(
            'An image block reached a renderer without image rules: render this body with portableTextSegments',
          );
        return rules.image(value as ImageBlock);
      },
    },
  };
}

// The components depend only on the rules object: built once per rules.
const componentsByRules = new WeakMap<PortableTextRules, Partial<PortableTextHtmlComponents>>();

/** A whole body as one HTML string. */
export function renderPortableText(blocks: PortableTextContent, rules: PortableTextRules): string {
  let built = componentsByRules.get(rules);
  if (!built) componentsByRules.set(rules, (built = components(rules)));
  return toHTML(blocks as Parameters<typeof toHTML>[0], { components: built, onMissingComponent: false });
}

/** A body's parts in order: runs of blocks rendered to HTML, and the image blocks between them. */
export type PortableTextSegment = { html: string; image?: never } | { image: ImageBlock; html?: never };

/**
 * A body as HTML segments and image blocks, for pages that render images through their own
 * pipeline (Astro's image optimisation) and everything else as HTML. A list interrupted by an
 * image ends there, as it does when the body is rendered in one piece.
 */
export function portableTextSegments(blocks: PortableTextContent, rules: PortableTextRules): PortableTextSegment[] {
  const segments: PortableTextSegment[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length > 0) segments.push({ html: renderPortableText(run, rules) });
    run = [];
  };
  for (const block of blocks) {
    if (block._type === 'image') {
      flush();
      segments.push({ image: block });
    } else run.push(block);
  }
  flush();
  return segments;
}
