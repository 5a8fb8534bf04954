/*
 * The fixed option lists of the content model. The studio shows them as choices and the zod
 * models accept exactly these values, so the two can never drift apart.
 */

export interface Option<V extends string = string> {
  readonly title: string;
  readonly value: V;
}

export const socialPlatforms = [
  { title: 'Facebook', value: 'facebook' },
  { title: 'Instagram', value: 'instagram' },
  { title: 'YouTube', value: 'youtube' },
  { title: 'X (Twitter)', value: 'x' },
  { title: 'TikTok', value: 'tiktok' },
  { title: 'LinkedIn', value: 'linkedin' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly Option[];

export const subscribePlatforms = [
  { title: 'Apple Podcasts', value: 'applePodcasts' },
  { title: 'Spotify', value: 'spotify' },
  { title: 'YouTube Music', value: 'youtubeMusic' },
  { title: 'Amazon Music', value: 'amazonMusic' },
  { title: 'Overcast', value: 'overcast' },
  { title: 'Pocket Casts', value: 'pocketCasts' },
  { title: 'Castbox', value: 'castbox' },
  { title: 'Podcast Addict', value: 'podcastAddict' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly Option[];

export const resourceKinds = [
  { title: 'E-book', value: 'ebook' },
  { title: 'Course', value: 'course' },
  { title: 'Download', value: 'download' },
  { title: 'Video', value: 'video' },
  { title: 'Link', value: 'link' },
] as const satisfies readonly Option[];

/** "E-book", "Course": how the site and the Studio name a resource's kind. */
export const resourceKindTitle = (kind: (typeof resourceKinds)[number]['value']): string =>
  resourceKinds.find((k) => k.value === kind)?.title ?? kind;

export const personRoles = [
  { title: 'Host', value: 'host' },
  { title: 'Guest', value: 'guest' },
  { title: 'Author', value: 'author' },
  { title: 'Staff', value: 'staff' },
] as const satisfies readonly Option[];

export const episodeTypes = [
  { title: 'Full episode', value: 'full' },
  { title: 'Trailer', value: 'trailer' },
  { title: 'Bonus', value: 'bonus' },
] as const satisfies readonly Option[];

export const showTypes = [
  { title: 'Episodic', value: 'episodic' },
  { title: 'Serial', value: 'serial' },
] as const satisfies readonly Option[];

export const calloutTones = [
  { title: 'Info', value: 'info' },
  { title: 'Tip', value: 'tip' },
  { title: 'Warning', value: 'warning' },
] as const satisfies readonly Option[];

export const embedKinds = [
  { title: 'Video', value: 'video' },
  { title: 'Audio', value: 'audio' },
] as const satisfies readonly Option[];

export const audioMimeTypes = [
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
  'audio/ogg',
  'audio/opus',
  'audio/wav',
] as const;

/** The values of an option list, as a tuple zod's `z.enum` accepts. */
export function optionValues<const O extends readonly Option[]>(
  options: O,
): [O[number]['value'], ...O[number]['value'][]] {
  return options.map((o) => o.value) as [O[number]['value'], ...O[number]['value'][]];
}

/** Document types an internal link in Portable Text may point to. */
export const internalLinkTypes = ['post', 'podcastEpisode', 'resource', 'page', 'topic'] as const;

/** What the podcast feed is (Podcasting 2.0 `podcast:medium`); the "list" mediums are not offered. */
export const podcastMediums = [
  { title: 'Podcast', value: 'podcast' },
  { title: 'Video podcast', value: 'video' },
  { title: 'Music', value: 'music' },
  { title: 'Film', value: 'film' },
  { title: 'Audiobook', value: 'audiobook' },
  { title: 'Newsletter (read aloud)', value: 'newsletter' },
  { title: 'Blog (read aloud)', value: 'blog' },
  { title: 'Course', value: 'course' },
] as const satisfies readonly Option[];

/**
 * How often new episodes come out (`podcast:updateFrequency`): the title is the tag's text and the
 * value its iCalendar recurrence rule; "complete" marks a show that has ended.
 */
export const updateFrequencies = [
  { title: 'Daily', value: 'FREQ=DAILY' },
  { title: 'Weekly', value: 'FREQ=WEEKLY' },
  { title: 'Every two weeks', value: 'FREQ=WEEKLY;INTERVAL=2' },
  { title: 'Monthly', value: 'FREQ=MONTHLY' },
  { title: 'Every two months', value: 'FREQ=MONTHLY;INTERVAL=2' },
  { title: 'No new episodes (the show has ended)', value: 'complete' },
] as const satisfies readonly Option[];

/** `podcast:location` rel: where the show is made, or what place it is about. */
export const locationRelations = [
  { title: 'Where the show is made', value: 'creator' },
  { title: 'The place the show is about', value: 'subject' },
] as const satisfies readonly Option[];

/**
 * Licenses offered in the studio: the Podcasting 2.0 license list (identifiers lower-cased, as the
 * spec asks) with the address of each full text, which the feed always sends. Any other license is
 * "custom" and needs its name and the web address of its full text.
 */
export const knownLicenses = [
  { title: 'All rights reserved', value: 'arr', url: 'https://en.wikipedia.org/wiki/All_rights_reserved' },
  {
    title: 'Creative Commons Attribution 4.0 (CC BY)',
    value: 'cc-by-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    title: 'Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC)',
    value: 'cc-by-nc-4.0',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
  },
  {
    title: 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 (CC BY-NC-ND)',
    value: 'cc-by-nc-nd-4.0',
    url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  },
  { title: 'Another license (name it and link its full text)', value: 'custom', url: null },
] as const satisfies readonly (Option & { url: string | null })[];

/** Formats of another version of an episode (`podcast:alternateEnclosure`): the audio formats plus video. */
export const alternateEnclosureMimeTypes = [...audioMimeTypes, 'video/mp4', 'video/webm', 'video/quicktime'] as const;

/** `podcast:txt` purposes a directory asks for when it checks that the show is ours. */
export const txtPurposes = [
  { title: 'Apple Podcasts (applepodcastsverify)', value: 'applepodcastsverify' },
  { title: 'Another directory or app (verify)', value: 'verify' },
] as const satisfies readonly Option[];
