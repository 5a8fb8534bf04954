import { z } from 'zod';
import { nonEmptyString, slugModel } from './fields.ts';

export const topicModel = z.object({
  _id: z.string(),
  title: nonEmptyString,
  slug: slugModel,
  description: z.string().nullable(),
});

export type Topic = z.output<typeof topicModel>;
