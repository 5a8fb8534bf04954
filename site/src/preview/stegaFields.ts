import type { StegaConfig } from '@sanity/client';

/*
 * Stega goes only into prose an editor writes: free-text fields that pages print as text. Slugs,
 * dates, URLs, enums (resource kind, person role), e-mail and language codes stay clean, so the
 * same zod models validate preview content exactly as they validate the build's.
 */
const editableText = new Set(['title', 'name', 'text', 'description', 'summary', 'excerpt', 'caption', 'alt', 'bio', 'heading', 'footerText', 'buttonLabel', 'callToAction', 'label']);

/** Arrays only the feed prints (its XML is cleaned of stega anyway), whose titles have feed length limits. */
const feedOnly = new Set(['soundbites', 'alternateEnclosures']);

export const stegaFilter: NonNullable<StegaConfig['filter']> = (props) => {
  const field = props.sourcePath.at(-1);
  if (props.sourcePath.some((segment) => typeof segment === 'string' && feedOnly.has(segment))) return false;
  return typeof field === 'string' && editableText.has(field) && props.filterDefault(props);
};
