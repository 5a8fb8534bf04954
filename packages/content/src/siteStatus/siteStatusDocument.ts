import type { ContentReport } from '../report/contentReportFile.ts';

/*
 * The `siteStatus` document (a singleton the Studio shows to editors, read-only for them): what
 * the last content build said. The deploy workflow writes it after every content build.
 */

export const SITE_STATUS_ID = 'siteStatus';
export const SITE_STATUS_TYPE = 'siteStatus';

/** One line of the banner: which document, which field, what to do. */
export interface SiteStatusProblem {
  _key: string;
  _type: 'siteStatusProblem';
  documentId: string;
  documentType: string;
  /** The document's title or name when it could be looked up. */
  documentTitle?: string;
  /** Field path, e.g. `audio.durationSeconds`; empty for the document as a whole. */
  field: string;
  message: string;
}

/** The fields a failed build sets; the time of the last successful update is left as it was. */
export interface FailedStatusFields {
  state: 'failed';
  failedAt: string;
  problems: SiteStatusProblem[];
  runUrl?: string;
}

/** The fields a successful build sets. */
export interface UpdatedStatusFields {
  state: 'ok';
  lastUpdatedAt: string;
  problems: [];
}

/** The problem's `documentType` when nothing in the Studio is wrong (a code or infrastructure failure). */
export const NOT_CONTENT_TYPE = 'build';

/**
 * What editors read when a step failed for a reason other than content (no content report): their
 * work is safe, the site was not updated, and nobody in the Studio needs to do anything.
 */
export function notContentMessage(failedStep: string | undefined): string {
  const step = failedStep ? ` (the step “${failedStep}” failed)` : '';
  return `Your changes were saved but the site could not be published${step}. The site still shows the version from before. Nothing to fix in the Studio: the developers can see why in the run log`;
}

export function failedStatus(
  report: ContentReport | undefined,
  titles: ReadonlyMap<string, string>,
  at: string,
  runUrl?: string,
  failedStep?: string,
): FailedStatusFields {
  const problems = report?.problems ?? [
    { id: NOT_CONTENT_TYPE, type: NOT_CONTENT_TYPE, path: '', message: notContentMessage(failedStep) },
  ];
  return {
    state: 'failed',
    failedAt: report?.failedAt ?? at,
    problems: problems.map((p, i) => {
      const title = titles.get(p.id);
      return {
        _key: `p${i}`,
        _type: 'siteStatusProblem',
        documentId: p.id,
        documentType: p.type,
        ...(title ? { documentTitle: title } : {}),
        field: p.path,
        message: p.message,
      };
    }),
    ...(runUrl ? { runUrl } : {}),
  };
}

export function updatedStatus(at: string): UpdatedStatusFields {
  return { state: 'ok', lastUpdatedAt: at, problems: [] };
}
