import { feedTextLimits } from '@frm/content/rules';
import { defineField, defineType } from 'sanity';
import { checkMaxLength } from '../validation/lengths.ts';

/** A code a platform asks to find in the feed to prove we own it (`podcast:txt`). */
export const txtRecord = defineType({
  name: 'txtRecord',
  title: 'Verification code',
  type: 'object',
  description: 'A code a podcast platform asks you to put in the feed to prove the show is yours.',
  fields: [
    defineField({
      name: 'purpose',
      title: 'Purpose',
      type: 'string',
      description: 'The word the platform gives with the code, e.g. applepodcastsverify for Apple or verify. Leave empty if none.',
      validation: (rule) => rule.custom((v) => checkMaxLength(v, feedTextLimits.shortText, 'because podcast apps cut longer text')),
    }),
    defineField({
      name: 'text',
      title: 'Code',
      type: 'string',
      description: 'The code exactly as the platform shows it.',
      validation: (rule) => rule.required().custom((v) => checkMaxLength(v, feedTextLimits.txt, 'because podcast apps cut longer text')),
    }),
  ],
  preview: { select: { title: 'purpose', subtitle: 'text' }, prepare: ({ title, subtitle }) => ({ title: title || 'Verification code', subtitle }) },
});
