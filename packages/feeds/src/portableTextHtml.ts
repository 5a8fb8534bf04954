import { safeHref, type PortableTextContent } from '@frm/content';
import { escapeHtml, renderPortableText, type LinkTarget, type PortableTextRules } from '@frm/content/portableText';
import { absoluteUrl } from '@frm/content/urls';

export type { LinkTarget };

export interface FeedHtmlOptions {
  /** Site origin; relative links and `/media/…` images become absolute against it. */
  siteUrl: string;
  /** Site path or URL of a linked document; undefined renders the link text only. */
  resolveInternalLink: (target: LinkTarget) => string | undefined;
}

/** Feed HTML rules: plain blocks, absolute URLs, no iframes (podcast apps and readers have no site CSS or scripts). */
function feedRules(options: FeedHtmlOptions): PortableTextRules {
  const absolute = (href: string) =>
    href.startsWith('/') || href.startsWith('#') ? absoluteUrl(href, options.siteUrl) : href;
  return {
    link: (href, children) => `<a href="${escapeHtml(absolute(href))}">${children}</a>`,
    internalLinkHref: options.resolveInternalLink,
    image: (image) => {
      const src = image.asset?.url ? safeHref(image.asset.url) : undefined;
      if (!src) return '';
      const img = `<img src="${escapeHtml(absoluteUrl(src, options.siteUrl))}" alt="${escapeHtml(image.alt)}">`;
      return image.caption
        ? `<figure>${img}<figcaption>${escapeHtml(image.caption)}</figcaption></figure>`
        : `<p>${img}</p>`;
    },
    scripture: (verse) => {
      const cite = [verse.reference, verse.translation].filter(Boolean).join(' ');
      return `<blockquote><p>${escapeHtml(verse.text)}</p><p>— ${escapeHtml(cite)}</p></blockquote>`;
    },
    callout: (callout) => {
      const title = callout.title ? `<strong>${escapeHtml(callout.title)}</strong><br>` : '';
      return `<p>${title}${escapeHtml(callout.text)}</p>`;
    },
    embed: (embed) => {
      // No iframes in feeds: a link to the player page, when the address is safe.
      const href = safeHref(embed.url);
      const title = escapeHtml(embed.title);
      return `<p>${href && /^https?:/i.test(href) ? `<a href="${escapeHtml(href)}">${title}</a>` : title}</p>`;
    },
  };
}

/**
 * Show notes and posts as HTML for a feed's content:encoded. Podcast apps render it without the
 * site's CSS or scripts, so every block becomes plain HTML, every URL is absolute, and a link whose
 * href is not safe (javascript:, data:, malformed) keeps its text but is not a link.
 */
export function portableTextHtml(blocks: PortableTextContent, options: FeedHtmlOptions): string {
  return renderPortableText(blocks, feedRules(options));
}

/** The text of Portable Text without markup, paragraphs separated by blank lines. */
export function portableTextPlain(blocks: PortableTextContent): string {
  return blocks
    .map((block) =>
      block._type === 'block'
        ? block.children.map((span) => span.text).join('')
        : block._type === 'scripture'
          ? `${block.text} (${block.reference})`
          : block._type === 'callout'
            ? block.text
            : '',
    )
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
