import { DEFAULT_WEBSUB_HUB } from '@frm/content/rules';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField } from '../fields/image.ts';
import { checkSiteUrl, urlRule } from '../validation/urlSchemes.ts';
import { checkFilled } from '../validation/filledText.ts';

/** Site-wide settings (a singleton with _id "siteSettings"). */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  groups: [
    { name: 'content', title: 'General', default: true },
    { name: 'navigation', title: 'Menu & footer' },
    { name: 'media', title: 'Sharing image' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Site name',
      type: 'string',
      description: 'Shown in the browser tab and search results, e.g. “Family Room Mission”.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about the ministry, used when a page has no description of its own.',
      group: 'content',
      validation: (rule) => rule.required().custom(checkFilled),
    }),
    defineField({
      name: 'siteUrl',
      title: 'Site address',
      type: 'url',
      description:
        'The public address of the website, e.g. https://familyroommission.org. The site build warns when it is published at another address.',
      group: 'content',
      validation: (rule) => urlRule(rule, { required: true, check: checkSiteUrl }),
    }),
    defineField({
      name: 'navigation',
      title: 'Main menu',
      type: 'array',
      description: 'Links in the top menu, in order.',
      of: [defineArrayMember({ type: 'navLink' })],
      group: 'navigation',
    }),
    defineField({
      name: 'footerText',
      title: 'Footer text',
      type: 'text',
      rows: 2,
      description: 'Short text at the bottom of every page, e.g. a mission statement.',
      group: 'navigation',
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media links',
      type: 'array',
      description: 'Our profiles on Facebook, Instagram, YouTube and others, shown in the footer.',
      of: [defineArrayMember({ type: 'socialLink' })],
      group: 'navigation',
    }),
    defineField({
      name: 'newsletter',
      title: 'Newsletter sign-up',
      type: 'newsletter',
      description: 'The email sign-up box shown in the footer.',
      group: 'navigation',
    }),
    defineField({
      name: 'websubHub',
      title: 'Feed update hub (WebSub)',
      type: 'url',
      description:
        'Feed readers and podcast apps subscribed here hear about a new post or episode within seconds of publishing instead of hours. The default is Google’s free public hub; empty turns it off.',
      group: 'content',
      initialValue: DEFAULT_WEBSUB_HUB,
      validation: (rule) => urlRule(rule),
    }),
    imageField({
      name: 'defaultSocialImage',
      title: 'Default sharing image',
      description: 'Used when a shared page has no image of its own. Best at 1200×630 pixels.',
      group: 'media',
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
});
