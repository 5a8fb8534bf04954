import { checkLicense } from '@frm/content/rules';
import { knownLicenses } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation/urlSchemes.ts';

/** Under which terms others may reuse the show (`podcast:license`). */
export const podcastLicense = defineType({
  name: 'podcastLicense',
  title: 'License',
  type: 'object',
  description: 'Under which terms others may share or reuse the episodes.',
  options: { collapsible: true, collapsed: true },
  validation: (rule) => rule.custom(checkLicense),
  fields: [
    defineField({
      name: 'identifier',
      title: 'License',
      type: 'string',
      description:
        'Choose “All rights reserved” unless the ministry decided to share the episodes under a Creative Commons license.',
      options: { list: knownLicenses.map(({ title, value }) => ({ title, value })) },
    }),
    defineField({
      name: 'name',
      title: 'License name',
      type: 'string',
      description: 'Only for another license: its short name, e.g. my-podcast-license-v1.',
      hidden: ({ parent }) => parent?.identifier !== 'custom',
    }),
    defineField({
      name: 'url',
      title: 'License text address',
      type: 'url',
      description: 'Only for another license: the https:// address of its full text.',
      hidden: ({ parent }) => parent?.identifier !== 'custom',
      validation: (rule) => urlRule(rule),
    }),
  ],
});
