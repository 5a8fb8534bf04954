import { defineField, defineType } from 'sanity';
import { checkUuid } from '../validation/formats.ts';
import { urlRule } from '../validation/urlSchemes.ts';

/** A show we recommend (`podcast:remoteItem` in `podcast:podroll`). */
export const podrollItem = defineType({
  name: 'podrollItem',
  title: 'Recommended show',
  type: 'object',
  description: 'Another podcast we recommend; apps that support it show it on our show page.',
  fields: [
    defineField({
      name: 'title',
      title: 'Show name',
      type: 'string',
      description: 'The show’s name, so apps can show it before they look it up.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'feedGuid',
      title: 'Podcast GUID',
      type: 'string',
      description: 'The show’s podcast GUID: search the show on podcastindex.org and copy “Podcast GUID”.',
      validation: (rule) => rule.required().custom(checkUuid),
    }),
    defineField({
      name: 'feedUrl',
      title: 'Feed address',
      type: 'url',
      description: 'Optional: the show’s RSS feed address.',
      validation: (rule) => urlRule(rule),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'feedGuid' } },
});
