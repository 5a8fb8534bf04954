import { MISSING_AUDIO_LENGTH_IN_STUDIO } from '@frm/content/rules';
import { audioMimeTypes } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { PodcastAudioInput } from '../../audio/PodcastAudioInput.tsx';
import { checkAudioSource } from '../validation/audioSource.ts';
import { urlRule } from '../validation/urlSchemes.ts';

/** MIME types podcast apps accept in the RSS <enclosure>. */
export const podcastAudio = defineType({
  name: 'podcastAudio',
  title: 'Audio',
  type: 'object',
  description:
    'The episode recording: upload the file OR paste the web address where it is hosted (not both). Size and length fill in automatically.',
  // Reads format, size and length from the file or web address, so nobody types bytes by hand.
  components: { input: PodcastAudioInput },
  // A field's own `validation` replaces this one, so fields of this type repeat the check.
  validation: (rule) => rule.custom(checkAudioSource),
  fields: [
    defineField({
      name: 'file',
      title: 'Audio file',
      type: 'file',
      description: 'Upload the finished MP3 (or M4A) here, unless it is hosted elsewhere.',
      options: { accept: 'audio/*' },
    }),
    defineField({
      name: 'url',
      title: 'Audio web address',
      type: 'url',
      description:
        'If the audio is hosted elsewhere, paste its direct https:// address (ending in .mp3 or .m4a), then click “Read from URL”.',
      validation: (rule) => urlRule(rule),
    }),
    defineField({
      name: 'mimeType',
      title: 'Audio format',
      type: 'string',
      description: 'The kind of audio file, filled in from the file. MP3 files are “audio/mpeg”.',
      initialValue: 'audio/mpeg',
      options: { list: audioMimeTypes.map((value) => ({ title: value, value })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'sizeBytes',
      title: 'File size (bytes)',
      type: 'number',
      description:
        'Exact size of the audio file in bytes, read from the file. Podcast apps need it to download the episode.',
      readOnly: true,
      // positive() would allow 0 (it is min(0)); podcast apps need a real size.
      validation: (rule) => rule.required().integer().greaterThan(0),
    }),
    defineField({
      name: 'durationSeconds',
      title: 'Length (seconds)',
      type: 'number',
      description: 'How long the episode is, in seconds, read from the audio (45 minutes = 2700).',
      readOnly: true,
      // Without a length the episode still publishes (the feed leaves out <itunes:duration>): a warning.
      validation: (rule) => [
        rule.greaterThan(0),
        rule.custom((value) => (value === undefined ? MISSING_AUDIO_LENGTH_IN_STUDIO : true)).warning(),
      ],
    }),
  ],
});
