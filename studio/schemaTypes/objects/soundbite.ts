import { checkSoundbiteLength, feedTextLimits } from '@frm/content/rules';
import { defineField, defineType } from 'sanity';
import { clockTimeOf } from '@frm/content/duration';
import { ClockTimeInput } from '../../components/ClockTimeInput.tsx';
import { checkMaxLength } from '../validation/lengths.ts';

/** A highlight of the episode that podcast apps can play as a preview (`podcast:soundbite`). */
export const soundbite = defineType({
  name: 'soundbite',
  title: 'Soundbite',
  type: 'object',
  description: 'A short highlight podcast apps can play as a preview or share.',
  fields: [
    defineField({
      name: 'startSeconds',
      title: 'Starts at',
      type: 'number',
      components: { input: ClockTimeInput },
      description:
        'Where the highlight starts, as minutes:seconds from the beginning, e.g. 12:30 (past an hour: 1:02:05).',
      validation: (rule) => rule.required().min(0),
    }),
    defineField({
      name: 'durationSeconds',
      title: 'Length (seconds)',
      type: 'number',
      description: 'How long the highlight plays, in seconds. Podcast apps work best with 15 to 120.',
      validation: (rule) => [rule.required().greaterThan(0), rule.custom(checkSoundbiteLength).warning()],
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description:
        'Optional: what the listener hears, e.g. “Why we stopped arguing about chores”. Apps show the episode title when empty.',
      validation: (rule) =>
        rule.custom((v) => checkMaxLength(v, feedTextLimits.shortText, 'because podcast apps cut longer titles')),
    }),
  ],
  preview: {
    select: { title: 'title', startSeconds: 'startSeconds', durationSeconds: 'durationSeconds' },
    prepare: ({ title, startSeconds, durationSeconds }) => ({
      title: title || 'Soundbite',
      subtitle: `${clockTimeOf(startSeconds)}${typeof durationSeconds === 'number' ? `, ${durationSeconds} s` : ''}`,
    }),
  },
});
