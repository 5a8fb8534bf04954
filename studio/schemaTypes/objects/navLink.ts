import { defineField, defineType } from 'sanity';
import { checkNavHref } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';

export const navLink = defineType({
  name: 'navLink',
  title: 'Menu link',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Text',
      type: 'string',
      description: 'What the menu shows, e.g. “Podcast”.',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description: 'A page on this site starting with / (e.g. /podcast) or a full web address starting with https://',
      validation: (rule) => rule.required().custom(checkNavHref),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
});
