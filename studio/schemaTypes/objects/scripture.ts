import { defineField, defineType } from 'sanity';

export const scripture = defineType({
  name: 'scripture',
  title: 'Bible passage',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Passage',
      type: 'text',
      rows: 4,
      description: 'The words of the verse(s).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reference',
      title: 'Reference',
      type: 'string',
      description: 'Book, chapter and verses, e.g. “Ecclesiastes 4:9-12”.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'translation',
      title: 'Translation',
      type: 'string',
      description: 'Bible version, e.g. “ESV” or “NIV”.',
    }),
  ],
  preview: {
    select: { title: 'reference', subtitle: 'text', translation: 'translation' },
    prepare: ({ title, subtitle, translation }) => ({
      title: translation ? `${title} (${translation})` : title,
      subtitle,
    }),
  },
});
