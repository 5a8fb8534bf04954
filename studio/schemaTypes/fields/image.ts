import { defineField, type ImageRule, type ImageValue, type ValidationBuilder } from 'sanity';
import { checkAltText } from '../validation/imageAlt.ts';

/** The alt + caption fields every image carries. */
export const imageFields = [
  defineField({
    name: 'alt',
    title: 'Alt text',
    type: 'string',
    description:
      'Describe what the image shows for people who cannot see it, e.g. “Mother and son reading a Bible on the sofa”.',
    validation: (rule) => rule.custom((alt, context) => checkAltText(alt, context.parent)),
  }),
  defineField({
    name: 'caption',
    title: 'Caption',
    type: 'string',
    description: 'Optional text shown under the image.',
  }),
];

interface ImageFieldOptions {
  name: string;
  title: string;
  description: string;
  group?: string;
  validation?: ValidationBuilder<ImageRule, ImageValue>;
}

/** An image field with hotspot (focus point), alt text and caption. */
export function imageField({ name, title, description, group, validation }: ImageFieldOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'image',
    options: { hotspot: true },
    fields: imageFields,
    validation,
  });
}
