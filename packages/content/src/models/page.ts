import { z } from 'zod';
import { nonEmptyString, seoModel, slugModel } from './fields.ts';
import { portableTextModel } from './portableText.ts';

export const pageModel = z.object({
  _id: z.string(),
  title: nonEmptyString,
  slug: slugModel,
  description: z.string().nullable(),
  body: portableTextModel,
  seo: seoModel.nullable(),
});

export type Page = z.output<typeof pageModel>;
