import { subscribePlatforms } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkOptionList } from '../validation/optionList.ts';

export const subscribeLink = defineType({
  name: 'subscribeLink',
  title: 'Listen on…',
  type: 'object',
  fields: [
    defineField({
      name: 'platform',
      title: 'App',
      type: 'string',
      description: 'Which podcast app this link opens.',
      options: { list: [...subscribePlatforms] },
      validation: checkOptionList,
    }),
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'Optional text for the button; leave empty to use the app name.',
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'The show’s page in that app, starting with https://',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
  ],
  preview: {
    select: { platform: 'platform', label: 'label', url: 'url' },
    prepare: ({ platform, label, url }) => ({
      title: label || subscribePlatforms.find((p) => p.value === platform)?.title || 'Podcast app',
      subtitle: url,
    }),
  },
});
