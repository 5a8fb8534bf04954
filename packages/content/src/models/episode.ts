import { z } from 'zod';
import { isFilledText, READ_AUDIO_AGAIN } from '../rules/index.ts';
import { audioMimeTypes, episodeTypes, optionValues } from '../vocabulary.ts';
import {
  dateTimeModel,
  fileAssetModel,
  fundingLinkModel,
  httpUrlModel,
  imageModel,
  list,
  nonEmptyString,
  personSummaryModel,
  prose,
  slugModel,
  topicSummaryModel,
} from './fields.ts';
import { alternateEnclosureModel, soundbiteModel } from './podcastNamespace.ts';
import { portableTextModel } from './portableText.ts';
import { previousPathsModel } from './redirect.ts';

export const AUDIO_SIZE_MISSING = `is missing: podcast apps need the exact file size; ${READ_AUDIO_AGAIN}`;

export const audioModel = z
  .object({
    mimeType: z.enum(audioMimeTypes, { error: `must be one of ${audioMimeTypes.join(', ')}: ${READ_AUDIO_AGAIN}` }),
    sizeBytes: z
      .number({ error: AUDIO_SIZE_MISSING })
      .int(`must be a whole number of bytes: ${READ_AUDIO_AGAIN}`)
      .positive(AUDIO_SIZE_MISSING),
    // null: the length is not known yet; the episode publishes without it (rules/audioLength.ts).
    durationSeconds: z.number().positive('must be the length in seconds').nullable(),
    url: httpUrlModel.nullable(),
    file: fileAssetModel.nullable(),
  })
  .refine((audio) => audio.url !== null || audio.file !== null, {
    message: 'has neither an uploaded file nor a URL: add one',
    path: ['file'],
  });

export const chapterModel = z.object({
  _key: z.string(),
  startSeconds: z.number({ error: 'is missing: when does the chapter start (seconds)?' }).nonnegative(),
  title: prose(nonEmptyString),
  url: httpUrlModel.nullable(),
});

export const transcriptModel = z.object({
  text: prose(z.string()).nullable(),
  language: z.string().nullable(),
  file: fileAssetModel.nullable(),
});

export const episodeSummaryModel = z.object({
  _id: z.string(),
  title: prose(nonEmptyString),
  slug: slugModel,
  publishedAt: dateTimeModel,
  episodeNumber: z.number().int().positive().nullable(),
  season: z.number().int().positive().nullable(),
  episodeType: z
    .enum(optionValues(episodeTypes))
    .nullable()
    .transform((v) => v ?? 'full'),
  summary: prose(z.string()).nullable(),
  explicit: z
    .boolean()
    .nullable()
    .transform((v) => v ?? false),
  image: imageModel.nullable(),
  audio: audioModel.nullable(),
});

export const episodeModel = episodeSummaryModel.extend({
  showNotes: portableTextModel,
  chapters: list(chapterModel),
  wideImage: imageModel.nullable(),
  funding: list(fundingLinkModel),
  transcript: transcriptModel.nullable(),
  guests: list(personSummaryModel),
  soundbites: list(soundbiteModel),
  alternateEnclosures: list(alternateEnclosureModel),
  topics: list(topicSummaryModel),
  relatedPosts: list(
    z.object({
      _id: z.string(),
      title: prose(nonEmptyString),
      slug: slugModel,
      publishedAt: dateTimeModel,
      excerpt: prose(z.string()).nullable(),
    }),
  ),
  previousPaths: previousPathsModel,
  // A blank GUID (typed and cleared through the API) is no GUID: the feed falls back to the document id.
  guid: z
    .string()
    .nullable()
    .transform((guid) => (isFilledText(guid) ? guid.trim() : null)),
});

export type Audio = z.output<typeof audioModel>;
export type Chapter = z.output<typeof chapterModel>;
export type EpisodeSummary = z.output<typeof episodeSummaryModel>;
export type Episode = z.output<typeof episodeModel>;
