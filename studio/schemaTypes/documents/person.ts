import { personRoles } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { imageField } from '../fields/image.ts';
import { slugField } from '../fields/slug.ts';
import { joinSubtitle, previewStates } from '../preview.ts';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';
import { checkOptionList } from '../validation/optionList.ts';

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Full name as it should appear on the site.',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'How this person mainly appears on the site.',
      options: { list: [...personRoles] },
      validation: checkOptionList,
    }),
    defineField({
      name: 'bio',
      title: 'Short bio',
      type: 'text',
      rows: 4,
      description: 'Two or three sentences about the person.',
    }),
    imageField({ name: 'image', title: 'Photo', description: 'A friendly head-and-shoulders photo, ideally square.' }),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      description: 'Optional personal or church website, starting with https://',
      validation: (rule) => urlRule(rule),
    }),
  ],
  preview: {
    select: { title: 'name', role: 'role', image: 'image' },
    prepare: ({ title, role, image }) => ({
      title,
      media: image,
      subtitle: joinSubtitle(
        personRoles.find((r) => r.value === role)?.title,
        ...previewStates({ imageAsset: image?.asset, imageAlt: image?.alt }),
      ),
    }),
  },
});
