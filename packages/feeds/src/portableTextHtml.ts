import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import { safeHref, type PortableTextContent } from '@frm/content';
import { absoluteUrl } from '@frm/content/urls';

/** The document an internal link points to, as the queries return it. */
export interface LinkTarget {
  _id: string;
  _type: string;
  slug: string | null;
}

export interface FeedHtmlOptions {
  /** Site origin; relative links and `/media/…` images become absolute against it. */
  siteUrl: string;
  /** Site path or URL of a linked document; undefined renders the link text only. */
  resolveInternalLink: (target: LinkTarget) => string | undefined;
}

const attr = (value: string) => escapeHTML(value);

/**
 * Show notes as HTML for a feed's content:encoded. Podcast apps render it without the site's CSS
 * or scripts, so every block becomes plain HTML, every URL is absolute, and a link whose href is
 * not safe (javascript:, data:, malformed) keeps its text but is not a link.
 */
export function portableTextHtml(blocks: PortableTextContent, options: FeedHtmlOptions): string {
  const link = (href: string | undefined, children: string) => {
    const safe = safeHref(href);
    if (!safe) return children;
    const url = safe.startsWith('/') || safe.startsWith('#') ? absoluteUrl(safe, options.siteUrl) : safe;
    return `<a href="${attr(url)}">${children}</a>`;
  };

  const components: Partial<PortableTextHtmlComponents> = {
    marks: {
      link: ({ value, children }) => link((value as { href?: string } | undefined)?.href, children),
      internalLink: ({ value, children }) => {
        const target = (value as { target?: LinkTarget | null } | undefined)?.target;
        return link(target ? options.resolveInternalLink(target) : undefined, children);
      },
    },
    types: {
      image: ({ value }) => {
        const image = value as { alt?: string; caption?: string; asset?: { url: string | null } | null };
        const src = image.asset?.url ? safeHref(image.asset.url) : undefined;
        if (!src) return '';
        const img = `<img src="${attr(absoluteUrl(src, options.siteUrl))}" alt="${attr(image.alt ?? '')}">`;
        return image.caption ? `<figure>${img}<figcaption>${escapeHTML(image.caption)}</figcaption></figure>` : `<p>${img}</p>`;
      },
      scripture: ({ value }) => {
        const verse = value as { text: string; reference: string; translation?: string };
        const cite = [verse.reference, verse.translation].filter(Boolean).join(' ');
        return `<blockquote><p>${escapeHTML(verse.text)}</p><p>— ${escapeHTML(cite)}</p></blockquote>`;
      },
      callout: ({ value }) => {
        const callout = value as { title?: string; text: string };
        const title = callout.title ? `<strong>${escapeHTML(callout.title)}</strong><br>` : '';
        return `<p>${title}${escapeHTML(callout.text)}</p>`;
      },
      embed: ({ value }) => {
        const embed = value as { url: string; title: string };
        // No iframes in feeds: a link to the player page, when the address is safe.
        const href = safeHref(embed.url);
        return `<p>${link(href && /^https?:/i.test(href) ? href : undefined, escapeHTML(embed.title))}</p>`;
      },
    },
  };

  return toHTML(blocks as Parameters<typeof toHTML>[0], { components, onMissingComponent: false });
}

/** The text of Portable Text without markup, paragraphs separated by blank lines. */
export function portableTextPlain(blocks: PortableTextContent): string {
  return blocks
    .map((block) => (block._type === 'block' ? block.children.map((span) => span.text).join('') : block._type === 'scripture' ? `${block.text} (${block.reference})` : block._type === 'callout' ? block.text : ''))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
