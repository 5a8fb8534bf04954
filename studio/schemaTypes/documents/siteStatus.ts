import { SITE_STATUS_TYPE } from '@frm/content/siteStatus';
import { defineArrayMember, defineField, defineType } from 'sanity';

/**
 * What the last content build said, written by the deploy workflow (updateSiteStatus.ts) with a
 * write token. Editors only read it: the banner above the Studio shows the problems.
 */
export const siteStatus = defineType({
  name: SITE_STATUS_TYPE,
  title: 'Site status',
  type: 'document',
  readOnly: true,
  fields: [
    defineField({
      name: 'state',
      title: 'State',
      description: 'Whether the last publish reached the site. Written by the site build; nothing to edit here.',
      type: 'string',
      options: {
        list: [
          { title: 'Site updated', value: 'ok' },
          { title: 'Site could not be updated', value: 'failed' },
        ],
      },
    }),
    defineField({
      name: 'lastUpdatedAt',
      title: 'Site last updated',
      description: 'When published changes last went live.',
      type: 'datetime',
    }),
    defineField({
      name: 'failedAt',
      title: 'Last failed update',
      description: 'When a publish last could not go live.',
      type: 'datetime',
    }),
    defineField({
      name: 'runUrl',
      title: 'Build log (for developers)',
      description: 'The build that failed, for whoever looks after the site.',
      type: 'url',
    }),
    defineField({
      name: 'problems',
      title: 'What to fix',
      description:
        'Each problem names the document and field to fix. Fix it and publish again; this list clears itself.',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'siteStatusProblem',
          title: 'Problem',
          fields: [
            defineField({
              name: 'documentId',
              title: 'Document id',
              description: 'The document with the problem.',
              type: 'string',
            }),
            defineField({
              name: 'documentType',
              title: 'Document type',
              description: 'Post, episode, resource…',
              type: 'string',
            }),
            defineField({
              name: 'documentTitle',
              title: 'Document title',
              description: 'Its title when the build ran.',
              type: 'string',
            }),
            defineField({ name: 'field', title: 'Field', description: 'The field to fix.', type: 'string' }),
            defineField({
              name: 'message',
              title: 'What to do',
              description: 'What is wrong and how to fix it.',
              type: 'string',
            }),
          ],
          preview: { select: { title: 'documentTitle', subtitle: 'message' } },
        }),
      ],
    }),
  ],
  preview: {
    select: { state: 'state', lastUpdatedAt: 'lastUpdatedAt' },
    prepare: ({ state, lastUpdatedAt }) => ({
      title: state === 'failed' ? 'Site could not be updated' : 'Site updated',
      subtitle: lastUpdatedAt,
    }),
  },
});
