import { episodeTypes } from '@frm/content/vocabulary';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { imageField } from '../fields/image.ts';
import { episodeInitialValue } from '../initialValues.ts';
import { publishedAtField } from '../fields/publishedAt.ts';
import { previousPathsField } from '../fields/previousPaths.ts';
import { slugField } from '../fields/slug.ts';
import { formatDate, joinSubtitle, previewStates } from '../preview.ts';
import { checkAudioSource } from '../validation/audioSource.ts';
import { checkSquareArtwork, checkWideImage } from '../validation/imageDimensions.ts';
import { checkChapterTimestamps, TIMESTAMP_CHAPTERS_MIN } from '@frm/content/rules';
import { checkMaxLength, checkPresent } from '../validation/lengths.ts';
import { checkFilled } from '../validation/filledText.ts';
import { checkChapterTimes, checkWithinEpisode, episodeLength } from '../validation/episodeTimes.ts';
import { referenceListField } from '../fields/referenceList.ts';

export const podcastEpisode = defineType({
  name: 'podcastEpisode',
  title: 'Podcast episode',
  type: 'document',
  // Publish date now, and the next episode number in the latest season.
  initialValue: episodeInitialValue,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'podcast', title: 'Audio & feed' },
    { name: 'media', title: 'Image' },
  ],
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Episode title as podcast apps show it. Leave out the show name and episode number.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    slugField({ group: 'content' }),
    previousPathsField({ group: 'content' }),
    publishedAtField('content'),
    defineField({
      name: 'episodeNumber',
      title: 'Episode number',
      type: 'number',
      description: 'The episode’s number within its season (1, 2, 3…). New episodes start with the next number.',
      group: 'podcast',
      validation: (rule) => rule.integer().min(1),
    }),
    defineField({
      name: 'season',
      title: 'Season',
      type: 'number',
      description: 'Season number, if the show has seasons. Leave empty otherwise.',
      group: 'podcast',
      validation: (rule) => rule.integer().min(1),
    }),
    defineField({
      name: 'episodeType',
      title: 'Episode type',
      type: 'string',
      description: 'Full for regular episodes; Trailer for a show or season preview; Bonus for extra content.',
      group: 'podcast',
      options: {
        list: [...episodeTypes],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'full',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 4,
      description: 'A few plain sentences about the episode. Podcast apps show this under the title.',
      group: 'content',
      validation: (rule) => [
        rule.custom((v) => checkPresent(v, 'Add a short summary: podcast apps show it under the title')).warning(),
        rule.custom((v) => checkMaxLength(v, 4000, 'because podcast apps reject longer summaries')),
      ],
    }),
    defineField({
      name: 'showNotes',
      title: 'Show notes',
      type: 'blockContent',
      description: 'Links, Bible passages and resources mentioned in the episode. Shown on the episode page.',
      group: 'content',
    }),
    defineField({
      name: 'audio',
      title: 'Audio',
      type: 'podcastAudio',
      description:
        "The recording: upload the file OR paste its web address (from a podcast host); format, size and length are read from the audio. Uploaded files count against the Sanity project's monthly bandwidth (see the note under the field).",
      group: 'podcast',
      validation: (rule) => rule.required().custom(checkAudioSource),
    }),
    defineField({
      name: 'explicit',
      title: 'Explicit content',
      type: 'boolean',
      description: 'Turn on only if the episode has content unsuitable for children.',
      group: 'podcast',
      initialValue: false,
    }),
    imageField({
      name: 'image',
      title: 'Episode artwork',
      description: 'Optional square image (1400–3000 pixels) shown instead of the show artwork.',
      group: 'media',
      validation: (rule) => rule.custom(checkSquareArtwork).warning(),
    }),
    imageField({
      name: 'wideImage',
      title: 'Wide image (16:9)',
      description:
        'Optional landscape version of the artwork, e.g. 1920×1080 pixels, for apps and link previews that show a wide picture.',
      group: 'media',
      validation: (rule) => rule.custom(checkWideImage).warning(),
    }),
    defineField({
      name: 'chapters',
      title: 'Chapters',
      type: 'array',
      description: `Optional markers so listeners can jump to parts of the episode. With at least ${TIMESTAMP_CHAPTERS_MIN}, the first at 0 seconds, the feed also lists them as timestamps at the end of the description, where Spotify and Apple Podcasts read chapters.`,
      of: [defineArrayMember({ type: 'chapter' })],
      group: 'podcast',
      validation: (rule) => [
        rule.custom((chapters, context) => checkChapterTimes(chapters, episodeLength(context.document))),
        rule
          .custom((chapters) => checkChapterTimestamps(chapters as Parameters<typeof checkChapterTimestamps>[0]))
          .warning(),
      ],
    }),
    defineField({
      name: 'funding',
      title: 'Giving links for this episode',
      type: 'array',
      description:
        'Optional: an appeal or resource this episode is about. Podcast apps show these next to the show’s giving links, and so does the episode page.',
      of: [defineArrayMember({ type: 'fundingLink' })],
      group: 'content',
    }),
    defineField({
      name: 'soundbites',
      title: 'Soundbites',
      type: 'array',
      description: 'Optional highlights (15 to 120 seconds) that podcast apps can play as a preview.',
      of: [defineArrayMember({ type: 'soundbite' })],
      group: 'podcast',
      validation: (rule) =>
        rule.custom((soundbites, context) =>
          checkWithinEpisode(soundbites, episodeLength(context.document), 'soundbite'),
        ),
    }),
    defineField({
      name: 'alternateEnclosures',
      title: 'Other versions',
      type: 'array',
      description:
        'Optional other files of this episode, e.g. the video or a small file for slow connections. Apps that support it let listeners choose.',
      of: [defineArrayMember({ type: 'alternateEnclosure' })],
      group: 'podcast',
    }),
    defineField({
      name: 'transcript',
      title: 'Transcript',
      type: 'transcript',
      description: 'Optional words of the episode, for deaf listeners and search engines.',
      group: 'podcast',
    }),
    referenceListField({
      name: 'guests',
      title: 'Guests',
      description: 'People interviewed in this episode.',
      to: 'person',
      group: 'content',
    }),
    referenceListField({
      name: 'topics',
      title: 'Topics',
      description: 'Themes this episode is about.',
      to: 'topic',
      group: 'content',
    }),
    referenceListField({
      name: 'relatedPosts',
      title: 'Related posts',
      description: 'Blog posts to suggest on the episode page.',
      to: 'post',
      group: 'content',
    }),
    defineField({
      name: 'guid',
      title: 'Feed ID from previous host',
      type: 'string',
      description:
        'Only for episodes moved from another podcast host: the episode’s original GUID. Never change it, or apps will download the episode again. Leave empty for new episodes.',
      group: 'podcast',
    }),
  ],
  orderings: [
    { title: 'Publish date, newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    {
      title: 'Season and episode',
      name: 'seasonEpisode',
      by: [
        { field: 'season', direction: 'desc' },
        { field: 'episodeNumber', direction: 'desc' },
      ],
    },
  ],
  preview: {
    select: {
      title: 'title',
      publishedAt: 'publishedAt',
      image: 'image',
      season: 'season',
      episode: 'episodeNumber',
      audio: 'audio',
    },
    prepare: ({ title, publishedAt, image, season, episode, audio }) => ({
      title,
      media: image,
      subtitle: joinSubtitle(
        typeof season === 'number' && `S${season}`,
        typeof episode === 'number' && `E${episode}`,
        formatDate(publishedAt),
        ...previewStates({
          publishedAt,
          imageAsset: image?.asset,
          imageAlt: image?.alt,
          audio: { file: audio?.file?.asset, url: audio?.url },
        }),
      ),
    }),
  },
});
