import { z } from 'zod';
import { SLUG_PATTERN, WEB_SCHEMES, checkUrlScheme, isDateTime, isFilledText } from '../rules/index.ts';
import { optionValues, personRoles } from '../vocabulary.ts';

/*
 * Field models shared by several document models. Nullability mirrors what GROQ returns for a
 * missing field (null), so each model's output type fits the type `sanity typegen` derives.
 */

/** A missing array comes back from GROQ as null; the site always gets an array. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);

/**
 * Prose an editor writes and the pages print as text. Draft preview marks exactly these fields
 * with stega for click-to-edit (site/src/preview/stegaFields.ts reads the mark); every other
 * string (slugs, URLs, codes, feed-only or length-limited text) stays clean, so the models
 * validate preview content as they validate the build's.
 */
export const prose = <T extends z.ZodType>(schema: T): T => schema.meta({ prose: true });

export const nonEmptyString = z
  .string({ error: (issue) => (issue.input == null ? 'is missing: fill it in' : 'must be text') })
  .refine(isFilledText, 'is empty: fill it in')
  .trim();

export const slugModel = z
  .string({ error: 'is missing: generate the slug from the title' })
  .regex(SLUG_PATTERN, 'is not URL-safe: use lowercase letters, digits and single hyphens');

export const dateTimeModel = z
  .string({ error: 'is missing: set the date and time' })
  .refine(isDateTime, 'is not a valid date and time');

/** An http(s) address, checked by the same rule as the Studio's url fields (same message). */
export const httpUrlModel = z.string({ error: 'is missing: add a web address starting with https://' }).check((ctx) => {
  const verdict =
    ctx.value === '' ? 'is empty: add a web address starting with https://' : checkUrlScheme(ctx.value, WEB_SCHEMES);
  if (verdict !== true) ctx.issues.push({ code: 'custom', message: verdict, input: ctx.value });
});

export const imageAssetModel = z.object({
  _id: z.string(),
  url: z.string().nullable(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const imageModel = z.object({
  alt: prose(
    z
      .string({ error: 'is missing: describe the image for people using screen readers' })
      .trim()
      .min(1, 'is empty: describe the image for people using screen readers'),
  ),
  caption: prose(z.string()).nullable(),
  hotspot: z
    .object({
      _type: z.literal('sanity.imageHotspot').default('sanity.imageHotspot'),
      x: z.number(),
      y: z.number(),
      width: z.number(),
      height: z.number(),
    })
    .nullable(),
  crop: z
    .object({
      _type: z.literal('sanity.imageCrop').default('sanity.imageCrop'),
      top: z.number(),
      bottom: z.number(),
      left: z.number(),
      right: z.number(),
    })
    .nullable(),
  asset: imageAssetModel
    .nullable()
    .refine((asset) => asset !== null, 'has no uploaded image: upload one or remove the image'),
});

export const fileAssetModel = z.object({
  _id: z.string(),
  url: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nonnegative().nullable(),
  originalFilename: z.string().nullable(),
});

export const topicSummaryModel = z.object({
  _id: z.string(),
  title: prose(nonEmptyString),
  slug: slugModel,
});

export const personSummaryModel = z.object({
  _id: z.string(),
  name: prose(nonEmptyString),
  slug: slugModel,
  role: z.enum(optionValues(personRoles)).nullable(),
  url: httpUrlModel.nullable(),
  image: imageModel.nullable(),
});

/** A giving link (podcast:funding): where listeners can support the ministry. */
export const fundingLinkModel = z.object({ _key: z.string(), url: httpUrlModel, label: prose(nonEmptyString) });

export const seoModel = z.object({
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  noIndex: z.boolean().nullable(),
  ogImage: imageModel.nullable(),
});

export type ImageField = z.output<typeof imageModel>;
export type FileAsset = z.output<typeof fileAssetModel>;
export type TopicSummary = z.output<typeof topicSummaryModel>;
export type PersonSummary = z.output<typeof personSummaryModel>;
export type FundingLink = z.output<typeof fundingLinkModel>;
export type Seo = z.output<typeof seoModel>;
