import { resourceKindTitle, resourceKinds } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { imageField } from '../fields/image.ts';
import { previousPathsField } from '../fields/previousPaths.ts';
import { slugField } from '../fields/slug.ts';
import { joinSubtitle, previewStates } from '../preview.ts';
import { checkResourceSource } from '../validation/audioSource.ts';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';
import { referenceListField } from '../fields/referenceList.ts';

export const resource = defineType({
  name: 'resource',
  title: 'Resource',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'media', title: 'Image' },
  ],
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Name of the e-book, course or download.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    slugField({ group: 'content' }),
    previousPathsField({ group: 'content' }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'What sort of resource this is; it decides the label and icon on the site.',
      group: 'content',
      options: { list: [...resourceKinds] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description:
        'Where the resource lives (shop, course platform, video), starting with https://. Use this OR upload a file below.',
      group: 'content',
      // Shown on this field only, so editors get one message, not two.
      validation: (rule) => urlRule(rule).custom((_value, context) => checkResourceSource(context.document)),
    }),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      description: 'Upload the PDF or other file people download. Use this OR the web address above.',
      group: 'content',
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 4,
      description: 'A few sentences on what the resource offers and who it helps.',
      group: 'content',
    }),
    imageField({
      name: 'image',
      title: 'Cover image',
      description: 'Cover or preview image shown in resource lists.',
      group: 'media',
    }),
    defineField({
      name: 'isFree',
      title: 'Free',
      type: 'boolean',
      description: 'Turn on if the resource costs nothing; the site shows a “Free” badge.',
      group: 'content',
      initialValue: false,
    }),
    defineField({
      name: 'callToAction',
      title: 'Button text',
      type: 'string',
      description: 'Text on the button, e.g. “Get the e-book”.',
      group: 'content',
    }),
    referenceListField({
      name: 'topics',
      title: 'Topics',
      description: 'Themes this resource is about.',
      to: 'topic',
      group: 'content',
    }),
    defineField({
      name: 'featured',
      title: 'Feature on the home page',
      type: 'boolean',
      description: 'Turn on to show this resource on the home page.',
      group: 'content',
      initialValue: false,
    }),
  ],
  preview: {
    select: { title: 'title', kind: 'kind', image: 'image', isFree: 'isFree' },
    prepare: ({ title, kind, image, isFree }) => ({
      title,
      media: image,
      subtitle: joinSubtitle(
        kind && resourceKindTitle(kind),
        isFree && 'Free',
        ...previewStates({ imageAsset: image?.asset, imageAlt: image?.alt }),
      ),
    }),
  },
});
