import { z } from 'zod';
import { optionValues, resourceKinds } from '../vocabulary.ts';
import {
  fileAssetModel,
  httpUrlModel,
  imageModel,
  list,
  nonEmptyString,
  prose,
  slugModel,
  topicSummaryModel,
} from './fields.ts';
import { previousPathsModel } from './redirect.ts';

export const resourceModel = z
  .object({
    _id: z.string(),
    title: prose(nonEmptyString),
    slug: slugModel,
    previousPaths: previousPathsModel,
    kind: z.enum(optionValues(resourceKinds), { error: `must be one of ${optionValues(resourceKinds).join(', ')}` }),
    url: httpUrlModel.nullable(),
    file: fileAssetModel.nullable(),
    description: prose(z.string()).nullable(),
    image: imageModel.nullable(),
    isFree: z
      .boolean()
      .nullable()
      .transform((v) => v ?? false),
    callToAction: prose(z.string()).nullable(),
    featured: z
      .boolean()
      .nullable()
      .transform((v) => v ?? false),
    topics: list(topicSummaryModel),
  })
  .refine((r) => r.url !== null || r.file !== null, {
    message: 'has neither a URL nor an uploaded file: add one so visitors can reach it',
    path: ['url'],
  });

export type Resource = z.output<typeof resourceModel>;
export type ResourceKind = Resource['kind'];
