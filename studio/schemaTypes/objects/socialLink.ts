import { socialPlatforms } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkOptionList } from '../validation/optionList.ts';

export const socialLink = defineType({
  name: 'socialLink',
  title: 'Social media link',
  type: 'object',
  fields: [
    defineField({
      name: 'platform',
      title: 'Platform',
      type: 'string',
      description: 'Which social network; it decides the icon shown in the footer.',
      options: { list: [...socialPlatforms] },
      validation: checkOptionList,
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'Our profile page, starting with https://',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
  ],
  preview: {
    select: { platform: 'platform', url: 'url' },
    prepare: ({ platform, url }) => ({
      title: socialPlatforms.find((p) => p.value === platform)?.title ?? 'Social link',
      subtitle: url,
    }),
  },
});
