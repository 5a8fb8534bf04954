import { defineField, defineType } from 'sanity';
import { redirectChecks } from '../../redirects/redirectChecks.ts';
import { imageField } from '../fields/image.ts';
import { postInitialValue } from '../initialValues.ts';
import { publishedAtField } from '../fields/publishedAt.ts';
import { previousPathsField } from '../fields/previousPaths.ts';
import { slugField } from '../fields/slug.ts';
import { formatDate, joinSubtitle, previewStates } from '../preview.ts';
import { checkFilled } from '../validation/filledText.ts';
import { checkMaxLength } from '../validation/lengths.ts';
import { referenceListField } from '../fields/referenceList.ts';

export const post = defineType({
  name: 'post',
  title: 'Blog post',
  type: 'document',
  // Publish date now, and the default author (you, if you are in People; else the latest post's author).
  initialValue: postInitialValue,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'media', title: 'Image' },
    { name: 'seo', title: 'Search & sharing' },
  ],
  // The build's redirect checks (loop, chain, live page, missing document), before publishing.
  validation: (rule) => rule.custom(redirectChecks),
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The headline. Short and clear works best: about 70 characters or fewer.',
      group: 'content',
      validation: (rule) => [
        rule.required().custom(checkFilled),
        rule.custom((v) => checkMaxLength(v, 120, 'so it fits on one or two lines')),
        rule.custom((v) => checkMaxLength(v, 70, 'so search results show the whole title')).warning(),
      ],
    }),
    slugField({ group: 'content' }),
    previousPathsField({ group: 'content' }),
    publishedAtField('content'),
    defineField({
      name: 'excerpt',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown in post lists and search results (up to about 200 characters).',
      group: 'content',
      validation: (rule) => rule.custom((v) => checkMaxLength(v, 200, 'so it fits in post lists')).warning(),
    }),
    imageField({
      name: 'mainImage',
      title: 'Main image',
      description: 'Shown at the top of the post and in post lists. Landscape images work best.',
      group: 'media',
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      description: 'Who wrote the post; filled in with you (or the usual author). Add new people under Blog → People.',
      to: [{ type: 'person' }],
      group: 'content',
    }),
    referenceListField({
      name: 'topics',
      title: 'Topics',
      description: 'Themes this post is about; readers can browse posts by topic.',
      to: 'topic',
      group: 'content',
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      description: 'The post itself. Use Heading 2 for sections; add Bible passages and callouts with the + button.',
      group: 'content',
    }),
    referenceListField({
      name: 'relatedEpisodes',
      title: 'Related episodes',
      description: 'Podcast episodes to suggest at the end of the post.',
      to: 'podcastEpisode',
      group: 'content',
    }),
    referenceListField({
      name: 'relatedResources',
      title: 'Related resources',
      description: 'E-books, courses or downloads to suggest at the end of the post.',
      to: 'resource',
      group: 'content',
    }),
    defineField({
      name: 'seo',
      title: 'Search & sharing',
      type: 'seo',
      description:
        'Optional: how the post looks in Google and when shared. Leave empty to use the title, summary and main image.',
      group: 'seo',
    }),
  ],
  orderings: [
    { title: 'Publish date, newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', image: 'mainImage', author: 'author.name' },
    prepare: ({ title, publishedAt, image, author }) => ({
      title,
      media: image,
      subtitle: joinSubtitle(
        formatDate(publishedAt),
        author,
        ...previewStates({ publishedAt, imageAsset: image?.asset, imageAlt: image?.alt }),
      ),
    }),
  },
});
