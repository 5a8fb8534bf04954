/**
 * Initial values that need the dataset: the next episode number and the default author.
 * Document-level (not field-level) on purpose: Sanity may cache a type's field initial values for
 * a session, but always re-runs the template's own value, so each new document gets fresh numbers.
 */
import { DEFAULT_API_VERSION } from '@frm/content/studio-env';
import type { InitialValueResolverContext } from 'sanity';

export const INITIAL_VALUE_API_VERSION = DEFAULT_API_VERSION;

/** The latest numbered episode, drafts included, so two new episodes in a row get 15 and 16. */
export const LATEST_EPISODE_QUERY =
  '*[_type == "podcastEpisode" && defined(episodeNumber)] | order(coalesce(season, 0) desc, episodeNumber desc)[0]{season, episodeNumber}';

/** Published people, and who wrote the newest published post. */
export const AUTHOR_CANDIDATES_QUERY = `{
  "people": *[_type == "person" && !(_id in path("drafts.**"))] | order(_createdAt asc){_id, name, role},
  "lastAuthor": *[_type == "post" && defined(author._ref) && !(_id in path("drafts.**"))] | order(publishedAt desc)[0].author._ref
}`;

export interface LatestEpisode {
  season?: number | null;
  episodeNumber?: number | null;
}

/** Same season as the latest episode, next number; episode 1 when there is none yet. */
export function nextEpisodeNumbers(latest: LatestEpisode | null | undefined): {
  season?: number;
  episodeNumber: number;
} {
  const number =
    typeof latest?.episodeNumber === 'number' && Number.isFinite(latest.episodeNumber)
      ? Math.floor(latest.episodeNumber)
      : 0;
  const season = typeof latest?.season === 'number' ? latest.season : undefined;
  return { ...(season === undefined ? {} : { season }), episodeNumber: Math.max(0, number) + 1 };
}

export interface AuthorCandidates {
  people?: { _id: string; name?: string | null; role?: string | null }[] | null;
  lastAuthor?: string | null;
}

/**
 * The default author: the person whose name matches the signed-in editor, else the author of the
 * newest post, else the first host, author or staff member, else nobody.
 */
export function defaultAuthorId(
  candidates: AuthorCandidates | null | undefined,
  currentUserName?: string | null,
): string | undefined {
  const people = candidates?.people ?? [];
  const name = currentUserName?.trim().toLowerCase();
  const me = name ? people.find((p) => p.name?.trim().toLowerCase() === name) : undefined;
  if (me) return me._id;
  if (candidates?.lastAuthor && people.some((p) => p._id === candidates.lastAuthor)) return candidates.lastAuthor;
  for (const role of ['host', 'author', 'staff']) {
    const person = people.find((p) => p.role === role);
    if (person) return person._id;
  }
  return undefined;
}

const now = () => new Date().toISOString();

export async function episodeInitialValue(_params: unknown, context: InitialValueResolverContext) {
  const latest = await context
    .getClient({ apiVersion: INITIAL_VALUE_API_VERSION })
    .fetch<LatestEpisode | null>(LATEST_EPISODE_QUERY);
  return { publishedAt: now(), ...nextEpisodeNumbers(latest) };
}

export async function postInitialValue(_params: unknown, context: InitialValueResolverContext) {
  const candidates = await context
    .getClient({ apiVersion: INITIAL_VALUE_API_VERSION })
    .fetch<AuthorCandidates | null>(AUTHOR_CANDIDATES_QUERY);
  const author = defaultAuthorId(candidates, context.currentUser?.name);
  return { publishedAt: now(), ...(author ? { author: { _type: 'reference', _ref: author } } : {}) };
}
