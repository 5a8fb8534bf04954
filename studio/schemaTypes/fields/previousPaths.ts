import { checkRedirectFrom } from '@frm/content/redirects';
import { defineArrayMember, defineField } from 'sanity';

/**
 * The document's old addresses, each redirecting here. Publishing appends the old one when the
 * web address changes (actions/publishWithDate.ts); an editor may remove one, or add one by hand
 * (checked by the same rule as a redirect's "from"). The redirect checks run in redirects/redirectChecks.ts.
 */
export function previousPathsField({ group }: { group?: string } = {}) {
  return defineField({
    name: 'previousPaths',
    title: 'Old addresses',
    type: 'array',
    description:
      'Addresses this page had before. Visitors and search engines that use them are sent here. Kept automatically when you change the web address of a published page.',
    group,
    // Nothing to show until the page has moved; a redirect document sends any other address here.
    hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
    of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(checkRedirectFrom) })],
    validation: (rule) => rule.unique(),
  });
}
