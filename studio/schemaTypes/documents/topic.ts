import { defineField, defineType } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { previousPathsField } from '../fields/previousPaths.ts';
import { slugField } from '../fields/slug.ts';
import { checkFilled } from '../validation/filledText.ts';

export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Name of the theme, e.g. “Marriage” or “Parenting teens”.',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    slugField(),
    previousPathsField(),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown on the topic page.',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'description' } },
});
