import type { ContentProblem } from '../report/contentProblems.ts';

type DanglingRow = { _id: string; _type: string } & Record<string, unknown>;

const fieldHelp: Record<string, string> = {
  author: 'the author',
  topics: 'a topic',
  relatedEpisodes: 'a related episode',
  relatedResources: 'a related resource',
  relatedPosts: 'a related post',
  guests: 'a guest',
  hosts: 'a host',
  trailer: 'the trailer episode',
  body: 'an internal link target',
  showNotes: 'an internal link target',
};

/** One warning per reference whose target is gone; the site leaves those links out. */
export function danglingReferenceWarnings(rows: unknown): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const row of (rows ?? []) as DanglingRow[]) {
    for (const [field, what] of Object.entries(fieldHelp)) {
      const refs = row[field];
      if (!Array.isArray(refs)) continue;
      for (const ref of refs) {
        if (typeof ref !== 'string') continue;
        warnings.push({
          id: row._id,
          type: row._type,
          path: field,
          message: `refers to ${what} "${ref}" that does not exist or is not published; the link is left out. Publish that document or remove the reference.`,
        });
      }
    }
  }
  return warnings;
}
