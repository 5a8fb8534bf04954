import { z } from 'zod';
import { nonEmptyString, prose, slugModel } from './fields.ts';
import { previousPathsModel } from './redirect.ts';

export const topicModel = z.object({
  _id: z.string(),
  title: prose(nonEmptyString),
  slug: slugModel,
  previousPaths: previousPathsModel,
  description: prose(z.string()).nullable(),
});

export type Topic = z.output<typeof topicModel>;
