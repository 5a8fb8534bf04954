import { showTypes } from '@frm/content/vocabulary';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField } from '../fields/image.ts';
import { checkEmail, checkLanguageTag, checkUuid } from '../validation/formats.ts';
import { checkSquareArtwork } from '../validation/imageDimensions.ts';
import { checkMaxLength } from '../validation/lengths.ts';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';
import { checkOptionList } from '../validation/optionList.ts';

/** Show-level settings for the podcast feed (a singleton with _id "podcast"). */
export const podcast = defineType({
  name: 'podcast',
  title: 'Podcast show settings',
  type: 'document',
  groups: [
    { name: 'content', title: 'About the show', default: true },
    { name: 'podcast', title: 'Feed & Apple' },
    { name: 'media', title: 'Artwork' },
    { name: 'links', title: 'Links' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Show title',
      type: 'string',
      description: 'The podcast’s name as podcast apps show it.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'description',
      title: 'Show description',
      type: 'text',
      rows: 5,
      description: 'What the show is about and who it is for. Podcast apps show this on the show page (up to 4000 characters).',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled).custom((v) => checkMaxLength(v, 4000, 'because podcast apps reject longer descriptions')),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'string',
      description: 'Who makes the show, as listed in podcast apps, e.g. “Family Room Mission”.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'ownerName',
      title: 'Owner name',
      type: 'string',
      description: 'Person or organisation responsible for the feed. Not shown publicly by most apps.',
      group: 'podcast',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'ownerEmail',
      title: 'Owner email',
      type: 'string',
      description: 'Apple and Spotify send ownership checks here. Use a shared ministry inbox that someone reads.',
      group: 'podcast',
      validation: (rule) => rule.required().custom(checkEmail),
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'Language code of the show, e.g. en-us for American English.',
      group: 'podcast',
      initialValue: 'en-us',
      validation: (rule) => rule.required().custom(checkLanguageTag),
    }),
    defineField({
      name: 'categories',
      title: 'Apple Podcasts categories',
      type: 'array',
      description: 'One to three categories from Apple’s list. The first one is the main category.',
      of: [defineArrayMember({ type: 'podcastCategory' })],
      group: 'podcast',
      validation: (rule) => rule.required().min(1).max(3),
    }),
    defineField({
      name: 'explicit',
      title: 'Explicit content',
      type: 'boolean',
      description: 'Turn on only if the show has content unsuitable for children.',
      group: 'podcast',
      initialValue: false,
    }),
    imageField({
      name: 'artwork',
      title: 'Show artwork',
      description: 'Square cover image, 1400×1400 to 3000×3000 pixels (JPG or PNG). Podcast apps reject other sizes.',
      group: 'media',
      validation: (rule) => rule.required().custom(checkSquareArtwork),
    }),
    defineField({
      name: 'copyright',
      title: 'Copyright',
      type: 'string',
      description: 'e.g. “© 2026 Family Room Mission”.',
      group: 'content',
    }),
    defineField({
      name: 'type',
      title: 'Show type',
      type: 'string',
      description: 'Episodic: listeners can start anywhere (newest first). Serial: episodes are meant to be heard in order.',
      group: 'podcast',
      options: {
        list: [...showTypes],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'episodic',
      validation: checkOptionList,
    }),
    defineField({
      name: 'podcastGuid',
      title: 'Podcast GUID',
      type: 'string',
      description: 'Only if the show already has a Podcasting 2.0 GUID from a previous host. Leave empty and the feed will create one.',
      group: 'podcast',
      validation: (rule) => rule.custom(checkUuid),
    }),
    defineField({
      name: 'locked',
      title: 'Lock the feed',
      type: 'boolean',
      description: 'Turn on to stop other podcast hosts from importing this show.',
      group: 'podcast',
      initialValue: false,
    }),
    defineField({
      name: 'funding',
      title: 'Giving links',
      type: 'array',
      description: 'Where listeners can support the ministry; podcast apps show a “Support” button.',
      of: [defineArrayMember({ type: 'fundingLink' })],
      group: 'links',
    }),
    defineField({
      name: 'newFeedUrl',
      title: 'New feed address',
      type: 'url',
      description: 'Only when moving the podcast to a new feed: the new address, starting with https://. Podcast apps will follow it.',
      group: 'podcast',
      validation: (rule) => urlRule(rule),
    }),
    defineField({
      name: 'subscribeLinks',
      title: 'Listen on… links',
      type: 'array',
      description: 'Links to the show in Apple Podcasts, Spotify and other apps, shown on the podcast page.',
      of: [defineArrayMember({ type: 'subscribeLink' })],
      group: 'links',
    }),
  ],
  preview: {
    select: { title: 'title', author: 'author', media: 'artwork' },
    prepare: ({ title, author, media }) => ({ title: title || 'Podcast show settings', subtitle: author, media }),
  },
});
