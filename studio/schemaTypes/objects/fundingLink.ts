import { defineField, defineType } from 'sanity';
import { checkMaxLength } from '../validation/lengths.ts';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';

export const fundingLink = defineType({
  name: 'fundingLink',
  title: 'Giving link',
  type: 'object',
  description: 'A place listeners can support the ministry; podcast apps show it as a “Support” button.',
  fields: [
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'The giving page, starting with https://',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'Short text, e.g. “Support Family Room Mission”.',
      validation: (rule) =>
        rule
          .required()
          .custom(checkFilled)
          .custom((v) => checkMaxLength(v, 128, 'because podcast apps cut longer text')),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
});
