import { z } from 'zod';
import { optionValues, personRoles } from '../vocabulary.ts';
import { httpUrlModel, imageModel, nonEmptyString, prose, slugModel } from './fields.ts';

export const personModel = z.object({
  _id: z.string(),
  name: prose(nonEmptyString),
  slug: slugModel,
  role: z.enum(optionValues(personRoles)).nullable(),
  bio: prose(z.string()).nullable(),
  url: httpUrlModel.nullable(),
  image: imageModel.nullable(),
});

export type Person = z.output<typeof personModel>;
