import { z } from 'zod';
import { calloutTones, embedKinds, internalLinkTypes, optionValues, resourceKinds } from '../vocabulary.ts';
import { imageAssetModel, prose } from './fields.ts';

/*
 * Portable Text as the queries return it. URLs are kept as written: the renderer decides what is
 * safe to link (an unsafe href must still show its text), so the model only checks the structure.
 */

const keyed = { _key: z.string() };

const spanModel = z.object({
  ...keyed,
  _type: z.literal('span'),
  text: prose(z.string()),
  marks: z.array(z.string()).optional(),
});

const linkModel = z.object({
  ...keyed,
  _type: z.literal('link'),
  href: z.string().optional(),
  openInNewTab: z.boolean().optional(),
});

const internalLinkModel = z.object({
  ...keyed,
  _type: z.literal('internalLink'),
  reference: z.object({ _ref: z.string(), _type: z.literal('reference') }).optional(),
  /** The linked document, or null when it was deleted or is not published yet. A resource's kind is part of its address. */
  target: z
    .discriminatedUnion('_type', [
      z.object({
        _id: z.string(),
        _type: z.enum(internalLinkTypes).exclude(['resource']),
        slug: z.string().nullable(),
        kind: z.null(),
      }),
      z.object({
        _id: z.string(),
        _type: z.literal('resource'),
        slug: z.string().nullable(),
        kind: z.enum(optionValues(resourceKinds)).nullable(),
      }),
    ])
    .nullable(),
});

export const textBlockModel = z.object({
  ...keyed,
  _type: z.literal('block'),
  style: z.enum(['normal', 'h2', 'h3', 'h4', 'blockquote']).optional(),
  listItem: z.enum(['bullet', 'number']).optional(),
  level: z.number().int().positive().optional(),
  children: z.array(spanModel),
  markDefs: z
    .array(z.discriminatedUnion('_type', [linkModel, internalLinkModel]))
    .nullable()
    .transform((defs) => defs ?? []),
});

export const imageBlockModel = z.object({
  ...keyed,
  _type: z.literal('image'),
  alt: prose(
    z
      .string({ error: 'is missing: describe the image for people using screen readers' })
      .trim()
      .min(1, 'is empty: describe the image for people using screen readers'),
  ),
  caption: prose(z.string()).optional(),
  asset: imageAssetModel.nullable(),
});

export const scriptureBlockModel = z.object({
  ...keyed,
  _type: z.literal('scripture'),
  text: prose(z.string().min(1, 'is empty: paste the verse text')),
  reference: z.string().min(1, 'is empty: add the reference, e.g. "Ecclesiastes 4:9-12"'),
  translation: z.string().optional(),
});

export const calloutBlockModel = z.object({
  ...keyed,
  _type: z.literal('callout'),
  tone: z.enum(optionValues(calloutTones)).optional(),
  title: prose(z.string()).optional(),
  text: prose(z.string().min(1, 'is empty: write the callout text')),
});

export const embedBlockModel = z.object({
  ...keyed,
  _type: z.literal('embed'),
  url: z.string(),
  title: prose(z.string().min(1, 'is empty: give the embed a title for screen readers')),
  kind: z.enum(optionValues(embedKinds)).optional(),
});

export const portableTextModel = z
  .array(
    z.discriminatedUnion('_type', [
      textBlockModel,
      imageBlockModel,
      scriptureBlockModel,
      calloutBlockModel,
      embedBlockModel,
    ]),
  )
  .nullable()
  .transform((blocks) => blocks ?? []);

export type PortableTextContent = z.output<typeof portableTextModel>;
export type PortableTextBlock = PortableTextContent[number];
export type TextBlock = z.output<typeof textBlockModel>;
