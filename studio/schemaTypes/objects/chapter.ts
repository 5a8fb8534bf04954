import { defineField, defineType } from 'sanity';
import { clockTimeOf } from '@frm/content/duration';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';

export const chapter = defineType({
  name: 'chapter',
  title: 'Chapter',
  type: 'object',
  description: 'A marker listeners can jump to inside the episode.',
  fields: [
    defineField({
      name: 'startSeconds',
      title: 'Starts at (seconds)',
      type: 'number',
      description: 'Where the chapter starts, in seconds from the beginning (e.g. 5 minutes = 300).',
      validation: (rule) => rule.required().min(0),
    }),
    defineField({
      name: 'title',
      title: 'Chapter title',
      type: 'string',
      description: 'Short name shown in podcast apps, e.g. “Listener question”.',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      type: 'url',
      description: 'Optional web page about this part of the episode.',
      validation: (rule) => urlRule(rule),
    }),
  ],
  preview: {
    select: { title: 'title', startSeconds: 'startSeconds' },
    prepare: ({ title, startSeconds }) => ({ title, subtitle: clockTimeOf(startSeconds) }),
  },
});
