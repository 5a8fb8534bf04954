/*
 * The document types the site is built from, by the collection each fills. A publish (or delete)
 * of any of them rebuilds the site: the Sanity webhook's filter and the scheduled due-check read
 * this table, and the content registry (contentRegistry.ts) adds each one's query and model.
 * No imports: the due-check runs it with plain Node before `pnpm install`.
 */

export interface SiteType {
  /** The Studio's document type (`_type`). */
  readonly type: string;
  /** One document with this id (the Studio's singletons), not a list. */
  readonly singletonId?: string;
  /** What editors call a singleton, for the message when it is missing. */
  readonly label?: string;
  /** It has a `publishedAt` the site waits for (scheduled posts and episodes): its time coming due rebuilds the site too. */
  readonly scheduled?: boolean;
}

export const siteTypes = {
  siteSettings: { type: 'siteSettings', singletonId: 'siteSettings', label: 'site settings' },
  podcast: { type: 'podcast', singletonId: 'podcast', label: 'podcast show settings' },
  posts: { type: 'post', scheduled: true },
  episodes: { type: 'podcastEpisode', scheduled: true },
  resources: { type: 'resource' },
  people: { type: 'person' },
  topics: { type: 'topic' },
  pages: { type: 'page' },
  // Editors' redirects: a publish rewrites `_redirects` and the old-address pages.
  redirects: { type: 'redirect' },
} as const satisfies Record<string, SiteType>;

/** A collection of the site's content: one per site document type. */
export type SiteCollection = keyof typeof siteTypes;

/** Studio document types the site does not read, and why a publish of one does not rebuild it. */
export const unreadStudioTypes: Readonly<Record<string, string>> = {
  siteStatus: 'the deploy workflow writes it after each build; a rebuild for it would loop',
};

export const siteCollections = Object.keys(siteTypes) as SiteCollection[];

/** Every type whose publish rebuilds the site. */
export const rebuildTypes: string[] = Object.values(siteTypes).map((entry) => entry.type);

/** The types whose publish date coming due rebuilds the site. */
export const scheduledTypes: string[] = Object.values(siteTypes)
  .filter((entry: SiteType) => entry.scheduled)
  .map((entry) => entry.type);

/**
 * GROQ: the document is published (not a draft, not a release version). The one way every query,
 * the webhook filter and the due-check say it; the embedded source has no perspectives.
 */
export const PUBLISHED = `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`;
