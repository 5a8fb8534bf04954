import type { SchemaTypeDefinition } from 'sanity';
import { page } from './documents/page.ts';
import { person } from './documents/person.ts';
import { podcast } from './documents/podcast.ts';
import { podcastEpisode } from './documents/podcastEpisode.ts';
import { post } from './documents/post.ts';
import { redirect } from './documents/redirect.ts';
import { resource } from './documents/resource.ts';
import { siteSettings } from './documents/siteSettings.ts';
import { siteStatus } from './documents/siteStatus.ts';
import { topic } from './documents/topic.ts';
import { blockContent } from './objects/blockContent.ts';
import { callout } from './objects/callout.ts';
import { chapter } from './objects/chapter.ts';
import { embed } from './objects/embed.ts';
import { fundingLink } from './objects/fundingLink.ts';
import { navLink } from './objects/navLink.ts';
import { newsletter } from './objects/newsletter.ts';
import { podcastAudio } from './objects/podcastAudio.ts';
import { podcastCategory } from './objects/podcastCategory.ts';
import { scripture } from './objects/scripture.ts';
import { seo } from './objects/seo.ts';
import { socialLink } from './objects/socialLink.ts';
import { subscribeLink } from './objects/subscribeLink.ts';
import { transcript } from './objects/transcript.ts';
import { alternateEnclosure } from './objects/alternateEnclosure.ts';
import { podcastLicense } from './objects/podcastLicense.ts';
import { podcastLocation } from './objects/podcastLocation.ts';
import { podrollItem } from './objects/podrollItem.ts';
import { soundbite } from './objects/soundbite.ts';
import { txtRecord } from './objects/txtRecord.ts';

/** Documents edited as a single fixed document (their _id equals the type name). */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['podcast', 'siteSettings']);
/** Documents only the deploy workflow writes: editors read them (no actions, never created in the Studio). */
export const SYSTEM_TYPES: ReadonlySet<string> = new Set(['siteStatus']);

export const schemaTypes: SchemaTypeDefinition[] = [
  // documents
  post,
  podcastEpisode,
  podcast,
  resource,
  person,
  topic,
  page,
  siteSettings,
  siteStatus,
  redirect,
  // objects
  seo,
  podcastAudio,
  chapter,
  transcript,
  podcastCategory,
  fundingLink,
  subscribeLink,
  navLink,
  socialLink,
  newsletter,
  blockContent,
  scripture,
  callout,
  embed,
  soundbite,
  alternateEnclosure,
  podcastLicense,
  podcastLocation,
  podrollItem,
  txtRecord,
];
