import { z } from 'zod';
import {
  dateTimeModel,
  imageModel,
  list,
  nonEmptyString,
  personSummaryModel,
  prose,
  seoModel,
  slugModel,
  topicSummaryModel,
} from './fields.ts';
import { episodeSummaryModel } from './episode.ts';
import { portableTextModel } from './portableText.ts';
import { resourceModel } from './resource.ts';
import { previousPathsModel } from './redirect.ts';

export const postModel = z.object({
  _id: z.string(),
  title: prose(nonEmptyString),
  slug: slugModel,
  previousPaths: previousPathsModel,
  publishedAt: dateTimeModel,
  excerpt: prose(z.string()).nullable(),
  mainImage: imageModel.nullable(),
  author: personSummaryModel.nullable(),
  topics: list(topicSummaryModel),
  body: portableTextModel,
  relatedEpisodes: list(episodeSummaryModel),
  relatedResources: list(resourceModel),
  seo: seoModel.nullable(),
});

export type Post = z.output<typeof postModel>;
