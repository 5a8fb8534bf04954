import type { ContentProblem } from '../report/contentProblems.ts';
import type { QueryResults } from './loadContent.ts';

/**
 * True when every query came back empty: no site or show settings, no topic or person, and no
 * post, episode, resource or page even scheduled (the dangling-reference check reads those
 * whatever their date). The Content Lake answers a private dataset read without a token so.
 */
export function answeredNoDocuments({ undated, dangling, results }: QueryResults): boolean {
  const empty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);
  return empty(undated) && empty(dangling) && Object.values(results).every(empty);
}

/** The one problem reported instead of "site settings missing", with the likely causes. */
export const noDocumentsProblem: ContentProblem = {
  id: '*',
  type: 'dataset',
  path: '',
  message:
    'the Content Lake answered with no documents of any type the site is built from, not even the site settings. Likely causes: the dataset is private and SANITY_API_READ_TOKEN is not set ' +
    '(a private dataset answers a read without a token with an empty result, not an error); SANITY_DATASET names another, empty dataset; ' +
    'SANITY_PROJECT_ID names another project.',
};
