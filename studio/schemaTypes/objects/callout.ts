import { calloutTones } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { checkOptionList } from '../validation/optionList.ts';

export const callout = defineType({
  name: 'callout',
  title: 'Callout box',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Style',
      type: 'string',
      description: 'Info for background, Tip for practical ideas, Warning for cautions.',
      options: { list: [...calloutTones], layout: 'radio', direction: 'horizontal' },
      validation: checkOptionList,
      initialValue: 'info',
    }),
    defineField({
      name: 'title',
      title: 'Heading',
      type: 'string',
      description: 'Optional short heading, e.g. “Try this at dinner”.',
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'What the box says.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'title', text: 'text', tone: 'tone' },
    prepare: ({ title, text, tone }) => ({ title: title || text, subtitle: `Callout (${tone ?? 'info'})` }),
  },
});
