/** Document id paths as the Content Lake reads them: `drafts.<id>`, `versions.<release>.<id>`, or a published `<id>`. */

export const isDraftId = (id: string) => id.startsWith('drafts.');
export const isVersionId = (id: string) => id.startsWith('versions.');

/** The published id a draft or version stands for (`drafts.a` and `versions.r1.a` -> `a`). */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice('drafts.'.length);
  if (isVersionId(id)) return id.split('.').slice(2).join('.');
  return id;
}

/** The release a version belongs to (`versions.r1.a` -> `r1`). */
export const releaseOf = (id: string): string | undefined => (isVersionId(id) ? id.split('.')[1] : undefined);

/** Ids without a dot are the "root path": the only documents readable without a token. */
export const isRootPath = (id: string) => !id.includes('.');
