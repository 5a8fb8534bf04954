import { z } from 'zod';
import { nonEmptyString, prose, seoModel, slugModel } from './fields.ts';
import { portableTextModel } from './portableText.ts';
import { previousPathsModel } from './redirect.ts';

export const pageModel = z.object({
  _id: z.string(),
  title: prose(nonEmptyString),
  slug: slugModel,
  previousPaths: previousPathsModel,
  description: prose(z.string()).nullable(),
  body: portableTextModel,
  seo: seoModel.nullable(),
});

export type Page = z.output<typeof pageModel>;
