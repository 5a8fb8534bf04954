import { defineField, defineType } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { previousPathsField } from '../fields/previousPaths.ts';
import { slugField } from '../fields/slug.ts';
import { checkMaxLength } from '../validation/lengths.ts';
import { checkFilled } from '../validation/filledText.ts';

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'seo', title: 'Search & sharing' },
  ],
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Page heading, e.g. “About us”.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    slugField({ group: 'content' }),
    previousPathsField({ group: 'content' }),
    defineField({
      name: 'description',
      title: 'Short description',
      type: 'text',
      rows: 2,
      description: 'One or two sentences used by search engines and link previews (about 160 characters).',
      group: 'content',
      validation: (rule) => rule.custom((v) => checkMaxLength(v, 160, 'so search engines show all of it')).warning(),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      description: 'The page content.',
      group: 'content',
    }),
    defineField({
      name: 'seo',
      title: 'Search & sharing',
      type: 'seo',
      description:
        'Optional: how the page looks in Google and when shared. Leave empty to use the title and description.',
      group: 'seo',
    }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({ title, subtitle: slug ? `/${slug}` : 'No web address yet' }),
  },
});
