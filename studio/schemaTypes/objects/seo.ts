import { defineField, defineType } from 'sanity';
import { imageField } from '../fields/image.ts';
import { checkMaxLength } from '../validation/lengths.ts';

export const seo = defineType({
  name: 'seo',
  title: 'Search & sharing',
  type: 'object',
  description:
    'How this page looks in Google results and when shared on social media. Leave empty to use the title, summary and main image.',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'metaTitle',
      title: 'Search title',
      type: 'string',
      description: 'Title shown in search results, if different from the page title. Up to about 60 characters.',
      validation: (rule) => rule.custom((v) => checkMaxLength(v, 60, 'so search engines show all of it')).warning(),
    }),
    defineField({
      name: 'metaDescription',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown under the title in search results. Up to about 160 characters.',
      validation: (rule) => rule.custom((v) => checkMaxLength(v, 160, 'so search engines show all of it')).warning(),
    }),
    imageField({
      name: 'ogImage',
      title: 'Sharing image',
      description: 'Image shown when this page is shared on Facebook, WhatsApp and similar. Best at 1200×630 pixels.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Turn on only for pages that should not appear in Google (e.g. a thank-you page).',
      initialValue: false,
    }),
  ],
});
