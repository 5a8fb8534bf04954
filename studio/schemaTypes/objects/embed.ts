import { embedKinds } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkOptionList } from '../validation/optionList.ts';

export const embed = defineType({
  name: 'embed',
  title: 'Video or audio embed',
  type: 'object',
  fields: [
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'Address of the YouTube/Vimeo video or audio page, starting with https://',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'What the video or audio is about; screen readers announce it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Whether this is a video or audio.',
      options: { list: [...embedKinds], layout: 'radio', direction: 'horizontal' },
      validation: checkOptionList,
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'url' } },
});
