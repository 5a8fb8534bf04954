import { createHash } from 'node:crypto';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Document id of an imported episode: derived from its feed GUID, so a re-run replaces, never duplicates. */
export const episodeIdFor = (guid: string) => `episode-import-${sha1(guid).slice(0, 20)}`;

/** Document id of an imported post: derived from its source file's slug. */
export const postIdFor = (sourceSlug: string) => `post-import-${sha1(sourceSlug).slice(0, 20)}`;

/** The show settings singleton the site reads. */
export const PODCAST_ID = 'podcast';
