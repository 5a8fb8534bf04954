import { z } from 'zod';
import { optionValues, socialPlatforms } from '../vocabulary.ts';
import { withoutTrailingSlash } from '../urls/origin.ts';
import { httpUrlModel, imageModel, list, nonEmptyString, prose } from './fields.ts';

export const siteSettingsModel = z.object({
  title: prose(nonEmptyString),
  description: prose(nonEmptyString),
  siteUrl: httpUrlModel.transform(withoutTrailingSlash),
  navigation: list(z.object({ _key: z.string(), label: prose(nonEmptyString), href: nonEmptyString })),
  footerText: prose(z.string()).nullable(),
  socialLinks: list(
    z.object({ _key: z.string(), platform: z.enum(optionValues(socialPlatforms)).nullable(), url: httpUrlModel }),
  ),
  newsletter: z
    .object({
      heading: prose(z.string()).nullable(),
      text: prose(z.string()).nullable(),
      formAction: httpUrlModel,
      emailFieldName: z.string().nullable(),
      nameFieldName: z.string().nullable(),
      buttonLabel: prose(z.string()).nullable(),
    })
    .nullable(),
  defaultSocialImage: imageModel.nullable(),
  /** WebSub hub that feed readers subscribe to for instant updates; no hub link when empty. */
  websubHub: httpUrlModel.nullable(),
});

export type SiteSettings = z.output<typeof siteSettingsModel>;
