import { feedTextLimits } from '@frm/content/rules';
import { alternateEnclosureMimeTypes } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { checkMaxLength } from '../validation/lengths.ts';
import { urlRule } from '../validation/urlSchemes.ts';

/** Another version of the episode (`podcast:alternateEnclosure`), e.g. the video or a smaller file. */
export const alternateEnclosure = defineType({
  name: 'alternateEnclosure',
  title: 'Other version',
  type: 'object',
  description:
    'Another file of the same episode that podcast apps can offer, e.g. the video, or a small file for slow connections.',
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      description: 'What apps show for this version, e.g. “Video” or “Low data”.',
      validation: (rule) =>
        rule.custom((v) => checkMaxLength(v, feedTextLimits.alternateTitle, 'because podcast apps cut longer names')),
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'The direct https:// address of the file where it is hosted.',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
    defineField({
      name: 'mimeType',
      title: 'Format',
      type: 'string',
      description: 'The kind of file: audio/mpeg for MP3, video/mp4 for MP4 video.',
      options: { list: alternateEnclosureMimeTypes.map((value) => ({ title: value, value })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'sizeBytes',
      title: 'File size (bytes)',
      type: 'number',
      description:
        'Exact size of the file in bytes (your file manager or host shows it). Apps need it to download the file.',
      validation: (rule) => rule.required().integer().greaterThan(0),
    }),
    defineField({
      name: 'bitrateKbps',
      title: 'Bitrate (kbps)',
      type: 'number',
      description: 'Optional: the encoding bitrate in kilobits per second, e.g. 64 for a small audio file.',
      validation: (rule) => rule.greaterThan(0),
    }),
    defineField({
      name: 'height',
      title: 'Video height (pixels)',
      type: 'number',
      description: 'Only for video: the picture height, e.g. 720 or 1080.',
      validation: (rule) => rule.integer().greaterThan(0),
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'mimeType' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Other version', subtitle }),
  },
});
