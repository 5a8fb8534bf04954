import type { Episode } from '@frm/content';

/** Sanity's draft and release-version prefixes: `drafts.<id>`, `versions.<release>.<id>`. */
const draftPrefix = /^(?:drafts\.|versions\.[^.]+\.)/;

/**
 * The episode's RSS <guid>: the `guid` field when set (an episode imported from another host keeps
 * its old GUID), else the published document id. Never derived from the title or slug, which
 * editors may change; a changed GUID makes every app download the episode again.
 */
export function episodeGuid(episode: Pick<Episode, '_id' | 'guid'>): string {
  const explicit = episode.guid?.trim();
  if (explicit) return explicit;
  return episode._id.replace(draftPrefix, '');
}
