import { defineField, defineType } from 'sanity';
import { checkLanguageTag } from '../validation/formats.ts';

export const transcript = defineType({
  name: 'transcript',
  title: 'Transcript',
  type: 'object',
  description:
    'The words of the episode, for people who are deaf or prefer reading. Paste the text, upload a caption file, or both.',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'text',
      title: 'Transcript text',
      type: 'text',
      rows: 10,
      description: 'Plain text of the conversation. Shown on the episode page.',
    }),
    defineField({
      name: 'file',
      title: 'Transcript file',
      type: 'file',
      description: 'Optional caption file (.vtt or .srt preferred) for podcast apps.',
      options: { accept: '.vtt,.srt,.txt,.json,text/vtt,application/x-subrip' },
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'Language code of the transcript, e.g. en-us. Leave empty if it matches the show.',
      validation: (rule) => rule.custom(checkLanguageTag),
    }),
  ],
});
