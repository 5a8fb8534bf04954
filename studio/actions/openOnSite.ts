import { LaunchIcon } from '@sanity/icons/Launch';
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity';
import { isScheduled } from '../schemaTypes/preview.ts';
import { studioEnv } from '@frm/content/studio-env';
import { documentPath } from '@frm/content/urls';

export const OPEN_ON_SITE_ACTION = 'openOnSite';

declare module 'sanity' {
  interface DocumentActionKeys {
    openOnSite: never;
  }
}

interface PublishedFields {
  slug?: { current?: string };
  kind?: string;
  publishedAt?: string;
}

/** What the “Open on site” action shows for a document; pure, so it can be tested without a studio. */
export function describeOpenOnSite(
  props: Pick<DocumentActionProps, 'type' | 'published' | 'draft'>,
  options: { origin?: string; now?: Date; open?: (url: string) => void } = {},
): DocumentActionDescription | null {
  const published = props.published as PublishedFields | null;
  const current = (props.draft ?? props.published) as PublishedFields | null;
  const path = documentPath({
    _type: props.type,
    slug: published?.slug?.current ?? current?.slug?.current,
    kind: published?.kind ?? current?.kind,
  });
  if (path === undefined) return null;
  const url = `${options.origin ?? studioEnv().siteUrl}${path}`;
  const scheduled = isScheduled(published?.publishedAt, options.now);
  const open = options.open ?? ((href: string) => window.open(href, '_blank', 'noopener,noreferrer'));
  let title = `Open ${url} in a new tab. The site updates a few minutes after you publish.`;
  if (!published) title = 'Not on the site yet: publish this document first.';
  else if (scheduled) title = `Scheduled: this appears at ${url} after its publish date.`;
  return {
    label: 'Open on site',
    icon: LaunchIcon,
    disabled: !published || scheduled,
    title,
    onHandle: () => open(url),
  };
}

/** Document action: opens the published page on the production site (SANITY_STUDIO_SITE_URL). */
export const OpenOnSiteAction: DocumentActionComponent = (props) => describeOpenOnSite(props);
OpenOnSiteAction.displayName = 'OpenOnSiteAction';
OpenOnSiteAction.action = OPEN_ON_SITE_ACTION;
