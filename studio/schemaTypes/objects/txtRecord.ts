import { feedTextLimits } from '@frm/content/rules';
import { txtPurposes } from '@frm/content/vocabulary';
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
      description:
        'Apple Podcasts Connect gives an applepodcastsverify code when you add or move the show and choose to prove it is yours through the feed instead of the owner email. Other directories and apps give a verify code when you claim the show there. Pick what the platform names; leave empty if it names nothing.',
      options: { list: [...txtPurposes], layout: 'radio' },
      validation: (rule) =>
        rule.custom((v) => checkMaxLength(v, feedTextLimits.shortText, 'because podcast apps cut longer text')),
    }),
    defineField({
      name: 'text',
      title: 'Code',
      type: 'string',
      description: 'The code exactly as the platform shows it.',
      validation: (rule) =>
        rule.required().custom((v) => checkMaxLength(v, feedTextLimits.txt, 'because podcast apps cut longer text')),
    }),
  ],
  preview: {
    select: { title: 'purpose', subtitle: 'text' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Verification code', subtitle }),
  },
});
