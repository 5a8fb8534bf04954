import { internalLinkTypes } from '@frm/content/vocabulary';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageFields } from '../fields/image.ts';
import { LINK_SCHEMES, urlRule } from '../validation/urlSchemes.ts';

/** Rich text used for post bodies, show notes and pages. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Heading 4', value: 'h4' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
          { title: 'Underline', value: 'underline' },
          { title: 'Code', value: 'code' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Web link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Web address',
                type: 'url',
                description: 'Starts with https:// (or mailto: for an email address).',
                validation: (rule) => urlRule(rule, { required: true, schemes: LINK_SCHEMES }),
              }),
              defineField({
                name: 'openInNewTab',
                title: 'Open in a new tab',
                type: 'boolean',
                description: 'Use for links to other websites.',
                initialValue: false,
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to our content',
            type: 'object',
            fields: [
              defineField({
                name: 'reference',
                title: 'Page',
                type: 'reference',
                description: 'The post, episode, resource, page or topic to link to.',
                to: internalLinkTypes.map((type) => ({ type })),
                validation: (rule) => rule.required(),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'image', options: { hotspot: true }, fields: imageFields }),
    defineArrayMember({ type: 'scripture' }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'embed' }),
  ],
});
