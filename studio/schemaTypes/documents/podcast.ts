import { checkAnalyticsPrefix } from '@frm/content/rules';
import { podcastMediums, showTypes, updateFrequencies } from '@frm/content/vocabulary';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField } from '../fields/image.ts';
import { checkEmail, checkLanguageTag, checkUuid } from '../validation/formats.ts';
import { checkSquareArtwork, checkWideImage } from '../validation/imageDimensions.ts';
import { checkMaxLength } from '../validation/lengths.ts';
import { urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';
import { checkOptionList } from '../validation/optionList.ts';
import { referenceListField } from '../fields/referenceList.ts';

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
    { name: 'apps', title: 'More for podcast apps' },
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
      description:
        'What the show is about and who it is for. Podcast apps show this on the show page (up to 4000 characters).',
      group: 'content',
      validation: (rule) =>
        rule
          .required()
          .custom(checkFilled)
          .custom((v) => checkMaxLength(v, 4000, 'because podcast apps reject longer descriptions')),
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
    imageField({
      name: 'wideImage',
      title: 'Wide artwork (16:9)',
      description:
        'Optional landscape version of the show artwork, e.g. 1920×1080 pixels, for apps and link previews that show a wide picture.',
      group: 'media',
      validation: (rule) => rule.custom(checkWideImage).warning(),
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
      description:
        'Episodic: listeners can start anywhere (newest first). Serial: episodes are meant to be heard in order.',
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
      description:
        'Only if the show already has a Podcasting 2.0 GUID from a previous host. Leave empty and the feed will create one.',
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
      description:
        'Only when moving the podcast to a new feed: the new address, starting with https://. Podcast apps will follow it.',
      group: 'podcast',
      validation: (rule) => urlRule(rule),
    }),
    referenceListField({
      name: 'hosts',
      title: 'Hosts',
      description:
        'The people who host the show. Podcast apps list them on the show and on every episode, next to the guests.',
      to: 'person',
      group: 'content',
    }),
    defineField({
      name: 'medium',
      title: 'Kind of show',
      type: 'string',
      description:
        'What the feed is. Leave on Podcast unless the show is, for example, a video podcast or an audiobook.',
      options: { list: [...podcastMediums] },
      group: 'apps',
    }),
    defineField({
      name: 'updateFrequency',
      title: 'New episodes come out',
      type: 'string',
      description:
        'How often listeners can expect a new episode; apps show it on the show page. Choose the last option when the show has ended.',
      options: { list: [...updateFrequencies] },
      group: 'apps',
    }),
    defineField({
      name: 'trailer',
      title: 'Show trailer',
      type: 'reference',
      description: 'An episode (usually of type Trailer) that apps play to introduce the show to new listeners.',
      to: [{ type: 'podcastEpisode' }],
      group: 'apps',
    }),
    defineField({
      name: 'location',
      title: 'Location',
      type: 'podcastLocation',
      description: 'Optional: where the show is made. Apps use it for local recommendations.',
      group: 'apps',
    }),
    defineField({
      name: 'license',
      title: 'License',
      type: 'podcastLicense',
      description: 'Optional: under which terms others may share the episodes.',
      group: 'apps',
    }),
    defineField({
      name: 'podroll',
      title: 'Shows we recommend',
      type: 'array',
      description: 'Other podcasts to recommend to our listeners (a “podroll”); some apps show them on our show page.',
      of: [defineArrayMember({ type: 'podrollItem' })],
      group: 'apps',
    }),
    defineField({
      name: 'txt',
      title: 'Ownership verification codes',
      type: 'array',
      description:
        'Only when a directory asks you to add a code to the feed to prove the show is yours: Apple Podcasts Connect when you add or move the show (applepodcastsverify), other directories and apps when you claim the show (verify). Remove it once verified, unless told otherwise.',
      of: [defineArrayMember({ type: 'txtRecord' })],
      group: 'apps',
    }),
    defineField({
      name: 'analyticsPrefix',
      title: 'Download statistics prefix',
      type: 'string',
      description:
        'Off when empty. To count downloads with a statistics service (OP3, Podtrac, Blubrry…), paste the prefix it gives you, e.g. https://op3.dev/e/. The service then sees each listener’s IP address and app when they download; the privacy page says so.',
      group: 'apps',
      validation: (rule) => rule.custom(checkAnalyticsPrefix),
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
