import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation/urlSchemes.ts';

export const newsletter = defineType({
  name: 'newsletter',
  title: 'Newsletter sign-up',
  type: 'object',
  description: 'The email sign-up box. The form sends to your newsletter service (e.g. Mailchimp).',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'e.g. “Get new episodes by email”.',
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 2,
      description: 'One or two sentences inviting people to sign up.',
    }),
    defineField({
      name: 'formAction',
      title: 'Form address',
      type: 'url',
      description: 'The “form action” address from your newsletter service’s embed code, starting with https://',
      validation: (rule) => urlRule(rule, { required: true }),
    }),
    defineField({
      name: 'emailFieldName',
      title: 'Email field name',
      type: 'string',
      description: 'Technical name of the email field in the embed code (often “email” or “EMAIL”).',
      initialValue: 'email',
    }),
    defineField({
      name: 'nameFieldName',
      title: 'Name field name',
      type: 'string',
      description: 'Optional: technical name of a first-name field (e.g. “FNAME”). Leave empty to ask only for email.',
    }),
    defineField({
      name: 'buttonLabel',
      title: 'Button text',
      type: 'string',
      description: 'Text on the sign-up button.',
      initialValue: 'Subscribe',
    }),
  ],
});
