import { defineField, defineType } from 'sanity';
import { clockTimeOf } from '@frm/content/duration';
import { ClockTimeInput } from '../../components/ClockTimeInput.tsx';
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
      title: 'Starts at',
      type: 'number',
      components: { input: ClockTimeInput },
      description:
        'Where the chapter starts, as minutes:seconds from the beginning, e.g. 20:30 (past an hour: 1:02:05).',
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
