import { z } from 'zod';
import {
  checkAnalyticsPrefix,
  checkCountryCode,
  checkGeoUri,
  checkLicense,
  checkOsmId,
  feedTextLimits,
  withCheck,
} from '../rules/index.ts';
import {
  alternateEnclosureMimeTypes,
  audioMimeTypes,
  knownLicenses,
  locationRelations,
  optionValues,
  podcastMediums,
  txtPurposes,
  updateFrequencies,
} from '../vocabulary.ts';
import { dateTimeModel, fileAssetModel, httpUrlModel, nonEmptyString } from './fields.ts';

/*
 * The Podcasting 2.0 fields of the show settings and episodes (#17). Each is optional: empty
 * values come back from GROQ as null and the feed leaves the tag out.
 */

const shortText = nonEmptyString.max(
  feedTextLimits.shortText,
  `must be at most ${feedTextLimits.shortText} characters`,
);

export const podcastMediumModel = z.enum(optionValues(podcastMediums)).nullable();
export const updateFrequencyModel = z.enum(optionValues(updateFrequencies)).nullable();

export const licenseModel = withCheck(
  z.object({
    identifier: z.enum(optionValues(knownLicenses)).nullable(),
    name: z.string().nullable(),
    url: httpUrlModel.nullable(),
  }),
  checkLicense,
);

export const txtRecordModel = z.object({
  _key: z.string(),
  purpose: z
    .enum(optionValues(txtPurposes), { error: `must be one of ${optionValues(txtPurposes).join(', ')}, or empty` })
    .nullable(),
  text: nonEmptyString.max(feedTextLimits.txt, `must be at most ${feedTextLimits.txt} characters`),
});

export const locationModel = z.object({
  name: shortText,
  rel: z.enum(optionValues(locationRelations)).nullable(),
  geo: withCheck(z.string().nullable(), checkGeoUri),
  osm: withCheck(z.string().nullable(), checkOsmId),
  country: withCheck(z.string().nullable(), checkCountryCode),
});

export const podrollItemModel = z.object({
  _key: z.string(),
  feedGuid: z.uuid({ error: 'must be the show’s podcast GUID (a UUID); find it by searching podcastindex.org' }),
  feedUrl: httpUrlModel.nullable(),
  title: nonEmptyString,
});

export const analyticsPrefixModel = withCheck(z.string().nullable(), checkAnalyticsPrefix);

/** The episode chosen as the show's trailer, as the feed's `podcast:trailer` needs it. */
export const trailerModel = z.object({
  // The episode's own title, as long as the Studio lets it be; the feed shortens it to the tag's limit.
  title: nonEmptyString,
  publishedAt: dateTimeModel,
  season: z.number().int().positive().nullable(),
  audio: z
    .object({
      mimeType: z.enum(audioMimeTypes),
      sizeBytes: z.number().int().positive(),
      url: httpUrlModel.nullable(),
      file: fileAssetModel.nullable(),
    })
    .nullable(),
});

export const soundbiteModel = z.object({
  _key: z.string(),
  startSeconds: z
    .number({ error: 'is missing: when does the soundbite start (seconds)?' })
    .nonnegative('must be 0 or more seconds'),
  durationSeconds: z
    .number({ error: 'is missing: how long is the soundbite (seconds)?' })
    .positive('must be more than 0 seconds'),
  title: z.string().max(feedTextLimits.shortText, `must be at most ${feedTextLimits.shortText} characters`).nullable(),
});

export const alternateEnclosureModel = z.object({
  _key: z.string(),
  title: z
    .string()
    .max(feedTextLimits.alternateTitle, `must be at most ${feedTextLimits.alternateTitle} characters`)
    .nullable(),
  mimeType: z.enum(alternateEnclosureMimeTypes, { error: `must be one of ${alternateEnclosureMimeTypes.join(', ')}` }),
  url: httpUrlModel,
  sizeBytes: z
    .number({ error: 'is missing: podcast apps need the exact file size in bytes' })
    .int('must be a whole number of bytes')
    .positive('must be the file size in bytes'),
  bitrateKbps: z.number().positive('must be more than 0').nullable(),
  height: z.number().int().positive('must be the video height in pixels').nullable(),
});

export type License = z.output<typeof licenseModel>;
export type Soundbite = z.output<typeof soundbiteModel>;
export type AlternateEnclosure = z.output<typeof alternateEnclosureModel>;
export type PodcastLocation = z.output<typeof locationModel>;
export type Trailer = z.output<typeof trailerModel>;
