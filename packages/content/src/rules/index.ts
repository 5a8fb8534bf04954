/*
 * The rules both the Studio's validation and the build's zod models apply, so what the Studio
 * lets an editor publish, the build accepts (studio/schemaTypes/studioAcceptsBuildAccepts.test.ts).
 */
export { isDateTime } from './dateTime.ts';
export { isEmailAddress } from './email.ts';
export { LANGUAGE_TAG_PATTERN, isLanguageTag } from './languageTag.ts';
export { isOptionValue } from './options.ts';
export { SLUG_MAX_LENGTH, SLUG_PATTERN, isSlug } from './slug.ts';
export { isFilledText } from './text.ts';
export { isUuid } from './uuid.ts';
export { LINK_SCHEMES, WEB_SCHEMES, checkUrlScheme, type UrlScheme } from './webAddress.ts';
export * from './fieldCheck.ts';
export * from './feedTextLimits.ts';
export * from './analyticsPrefix.ts';
export * from './location.ts';
export * from './license.ts';
export * from './soundbite.ts';
export * from './websubHub.ts';
export * from './audioLength.ts';
export * from './artwork.ts';
export * from './chapterTimestamps.ts';
