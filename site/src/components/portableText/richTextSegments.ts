import { embedTarget, safeHref, type PortableTextContent } from '@frm/content';
import {
  escapeHtml,
  portableTextSegments,
  type PortableTextRules,
  type PortableTextSegment,
} from '@frm/content/portableText';
import { documentPath } from '../../lib/urls.ts';

/*
 * Page bodies as HTML strings, rendered once per body without a component per block (about a
 * tenth of the cost). Images stay blocks: RichText.astro renders them through ContentImage, so they
 * still go through Astro's image pipeline. Styles for these classes live in RichText.astro.
 */

const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;

export const richTextRules: PortableTextRules = {
  link: (href, children, { openInNewTab }) => {
    const external = /^https?:/i.test(href);
    return `<a href="${escapeHtml(href)}"${attribute('rel', external ? 'noopener noreferrer' : undefined)}${attribute('target', external && openInNewTab ? '_blank' : undefined)}>${children}</a>`;
  },
  // A link to a deleted or unpublished document keeps its text (the build logged a warning).
  internalLinkHref: documentPath,
  // As astro-portabletext marked it (a mark key whose definition is gone).
  unknownMark: (children) => `<span data-portabletext-unknown="mark">${children}</span>`,
  scripture: (verse) =>
    `<figure class="scripture"><blockquote><p>${escapeHtml(verse.text)}</p></blockquote><figcaption>${escapeHtml(verse.reference)}${verse.translation ? escapeHtml(` (${verse.translation})`) : ''}</figcaption></figure>`,
  callout: (callout) =>
    `<aside class="callout ${escapeHtml(callout.tone ?? 'info')}" aria-label="${escapeHtml(callout.title || 'Note')}">${callout.title ? `<p class="callout-title">${escapeHtml(callout.title)}</p>` : ''}<p>${escapeHtml(callout.text)}</p></aside>`,
  embed: (embed) => {
    // Only YouTube, Vimeo and Spotify players are embedded; anything else becomes a plain link (or text).
    const target = embedTarget(embed.url);
    const title = escapeHtml(embed.title);
    if (target) {
      return `<figure class="embed ${target.provider}"><iframe src="${escapeHtml(target.src)}" title="${title}" loading="lazy" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" allow="encrypted-media; picture-in-picture; fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe></figure>`;
    }
    const href = safeHref(embed.url);
    return href ? `<p><a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a></p>` : `<p>${title}</p>`;
  },
};

/** A page body as HTML segments and the image blocks between them (see RichText.astro). */
export function richTextSegments(body: PortableTextContent): PortableTextSegment[] {
  return portableTextSegments(body, richTextRules);
}
