import { z } from 'zod';
import { isEmailAddress, isLanguageTag, isUuid } from '../rules/index.ts';
import { optionValues, showTypes, subscribePlatforms } from '../vocabulary.ts';
import {
  fundingLinkModel,
  httpUrlModel,
  imageModel,
  list,
  nonEmptyString,
  personSummaryModel,
  prose,
} from './fields.ts';
import {
  analyticsPrefixModel,
  licenseModel,
  locationModel,
  podcastMediumModel,
  podrollItemModel,
  trailerModel,
  txtRecordModel,
  updateFrequencyModel,
} from './podcastNamespace.ts';

export const podcastCategoryModel = z.object({
  _key: z.string(),
  category: nonEmptyString,
  subcategory: z.string().nullable(),
});

export const podcastSettingsModel = z.object({
  title: prose(nonEmptyString),
  description: prose(nonEmptyString),
  author: nonEmptyString,
  ownerName: nonEmptyString,
  ownerEmail: z
    .string({ error: 'is missing: Apple Podcasts sends the ownership check there' })
    .refine(isEmailAddress, 'must be an email address; Apple Podcasts sends the ownership check there'),
  language: z
    .string({ error: 'is missing: set a language code such as en-us' })
    .refine(isLanguageTag, 'must be a language code such as en-us'),
  categories: list(podcastCategoryModel).refine(
    (c) => c.length > 0,
    'is empty: choose at least one Apple Podcasts category',
  ),
  explicit: z
    .boolean()
    .nullable()
    .transform((v) => v ?? false),
  artwork: imageModel.nullable(),
  wideImage: imageModel.nullable(),
  copyright: z.string().nullable(),
  type: z
    .enum(optionValues(showTypes))
    .nullable()
    .transform((v) => v ?? 'episodic'),
  podcastGuid: z.string().refine(isUuid, 'must be a UUID, or leave it empty to derive it from the feed URL').nullable(),
  locked: z
    .boolean()
    .nullable()
    .transform((v) => v ?? false),
  funding: list(fundingLinkModel),
  newFeedUrl: httpUrlModel.nullable(),
  hosts: list(personSummaryModel),
  medium: podcastMediumModel,
  license: licenseModel.nullable(),
  txt: list(txtRecordModel),
  updateFrequency: updateFrequencyModel,
  location: locationModel.nullable(),
  podroll: list(podrollItemModel),
  trailer: trailerModel.nullable(),
  analyticsPrefix: analyticsPrefixModel,
  subscribeLinks: list(
    z.object({
      _key: z.string(),
      platform: z.enum(optionValues(subscribePlatforms)).nullable(),
      label: prose(z.string()).nullable(),
      url: httpUrlModel,
    }),
  ),
});

export type PodcastSettings = z.output<typeof podcastSettingsModel>;
export type PodcastCategory = z.output<typeof podcastCategoryModel>;
