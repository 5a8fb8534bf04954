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
      type: 'string',
      options: {
        list: [
          { title: 'Site updated', value: 'ok' },
          { title: 'Site could not be updated', value: 'failed' },
        ],
      },
    }),
    defineField({ name: 'lastUpdatedAt', title: 'Site last updated', type: 'datetime' }),
    defineField({ name: 'failedAt', title: 'Last failed update', type: 'datetime' }),
    defineField({ name: 'runUrl', title: 'Build log (for developers)', type: 'url' }),
    defineField({
      name: 'problems',
      title: 'What to fix',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'siteStatusProblem',
          title: 'Problem',
          fields: [
            defineField({ name: 'documentId', title: 'Document id', type: 'string' }),
            defineField({ name: 'documentType', title: 'Document type', type: 'string' }),
            defineField({ name: 'documentTitle', title: 'Document title', type: 'string' }),
            defineField({ name: 'field', title: 'Field', type: 'string' }),
            defineField({ name: 'message', title: 'What to do', type: 'string' }),
          ],
          preview: { select: { title: 'documentTitle', subtitle: 'message' } },
        }),
      ],
    }),
  ],
  preview: {
    select: { state: 'state', lastUpdatedAt: 'lastUpdatedAt' },
    prepare: ({ state, lastUpdatedAt }) => ({ title: state === 'failed' ? 'Site could not be updated' : 'Site updated', subtitle: lastUpdatedAt }),
  },
});
