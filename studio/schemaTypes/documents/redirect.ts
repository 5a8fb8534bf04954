import { REDIRECTABLE_TYPES, checkRedirectFrom, checkRedirectUrl } from '@frm/content/redirects';
import { documentPath } from '@frm/content/urls';
import { defineField, defineType, type ValidationContext } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { joinSubtitle } from '../preview.ts';

type Destinations = { target?: unknown; url?: unknown };
const destinations = (context: ValidationContext) => (context.document ?? {}) as Destinations;

/** Exactly one of the two destinations: "neither" is said on the page, "both" on the web address. */
const checkHasDestination = (_value: unknown, context: ValidationContext) => {
  const { target, url } = destinations(context);
  return target || url ? true : 'Choose the page visitors should be sent to, or type a web address below.';
};
const checkOneDestination = (_value: unknown, context: ValidationContext) => {
  const { target, url } = destinations(context);
  return target && url ? 'Choose a page above or type a web address, not both: clear one of them.' : true;
};

/** "/from/ → /to/": where a redirect starts and where it sends visitors. */
export function redirectTitle(from: unknown, to: string | undefined): string {
  return `${typeof from === 'string' && from ? from : 'No old address yet'} → ${to ?? 'nowhere yet'}`;
}

/** An editor's redirect: an old address on the site sent to a page or to another web address. */
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description:
        'The address on this site that should send visitors elsewhere, e.g. /2019/05/old-post/ (without https:// and the domain).',
      validation: (rule) => rule.required().custom(checkRedirectFrom),
    }),
    defineField({
      name: 'target',
      title: 'Send visitors to this page',
      type: 'reference',
      description: 'A post, episode, resource, topic or page on the site. If it moves later, the redirect follows it.',
      to: REDIRECTABLE_TYPES.map((type) => ({ type })),
      validation: (rule) => rule.custom(checkHasDestination),
    }),
    defineField({
      name: 'url',
      title: 'Or to this web address',
      type: 'string',
      description:
        'Only when the page is not in the Studio: a path on the site such as /podcast/, or https://… elsewhere.',
      validation: (rule) => rule.custom(checkRedirectUrl).custom(checkOneDestination),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent (301)',
      type: 'boolean',
      description:
        'On: the page has moved for good, and search engines move its ranking to the new address. Off (temporary, 302): visitors are sent on for now, but search engines keep the old address, e.g. for a page that will come back.',
      initialValue: true,
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Optional, for the team: why this redirect exists. Not shown on the site.',
    }),
  ],
  preview: {
    select: {
      from: 'from',
      url: 'url',
      permanent: 'permanent',
      targetType: 'target._type',
      targetSlug: 'target.slug.current',
      targetKind: 'target.kind',
      targetTitle: 'target.title',
    },
    prepare: ({ from, url, permanent, targetType, targetSlug, targetKind, targetTitle }) => ({
      title: redirectTitle(
        from,
        targetType
          ? documentPath({ _type: targetType, slug: targetSlug, kind: targetKind })
          : typeof url === 'string'
            ? url
            : undefined,
      ),
      subtitle: joinSubtitle(permanent === false ? 'Temporary (302)' : 'Permanent (301)', targetTitle),
    }),
  },
});
