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

export const audioMimeTypes = ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg', 'audio/opus', 'audio/wav'] as const;

/** The values of an option list, as a tuple zod's `z.enum` accepts. */
export function optionValues<const O extends readonly Option[]>(options: O): [O[number]['value'], ...O[number]['value'][]] {
  return options.map((o) => o.value) as [O[number]['value'], ...O[number]['value'][]];
}

/** Document types an internal link in Portable Text may point to. */
export const internalLinkTypes = ['post', 'podcastEpisode', 'resource', 'page', 'topic'] as const;
