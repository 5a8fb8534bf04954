/*
 * `node packages/content/src/siteStatus/updateSiteStatus.ts failed|updated`: the deploy workflow
 * records the outcome of each run in the `siteStatus` document, which the Studio shows.
 *   failed:  the problems from CONTENT_REPORT_FILE (each with the document's title), or, without a
 *            report, that the step FAILED_STEP failed; and RUN_URL;
 *   updated: (only after the deploy succeeded) clears the problems and records when the site was
 *            last updated.
 * Needs SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_WRITE_TOKEN (Editor role);
 * SANITY_API_HOST points it at another API host (the local stand-in).
 */
import { createClient, type SanityClient } from '@sanity/client';
import { readEnv } from '../config/env.ts';
import { readContentReport, type ContentReport } from '../report/contentReportFile.ts';
import { SITE_STATUS_ID, SITE_STATUS_TYPE, failedStatus, updatedStatus } from './siteStatusDocument.ts';

export type StatusEnv = Partial<
  Record<
    | 'SANITY_PROJECT_ID'
    | 'SANITY_DATASET'
    | 'SANITY_API_VERSION'
    | 'SANITY_API_WRITE_TOKEN'
    | 'SANITY_API_HOST'
    | 'CONTENT_REPORT_FILE'
    | 'RUN_URL'
    | 'FAILED_STEP',
    string
  >
>;

export function statusClient(env: StatusEnv): SanityClient {
  const { projectId, dataset, apiVersion, writeToken, apiHost } = readEnv(env).sanity;
  if (!projectId || !writeToken) {
    const missing = [!projectId && 'SANITY_PROJECT_ID', !writeToken && 'SANITY_API_WRITE_TOKEN'].filter(Boolean);
    throw new Error(`Cannot write the site status: set ${missing.join(' and ')} (a token with the Editor role)`);
  }
  return createClient({
    projectId,
    dataset,
    apiVersion,
    token: writeToken,
    useCdn: false,
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  });
}

/** Titles of the documents a report names, so the banner can say which episode or post. */
async function documentTitles(client: SanityClient, report: ContentReport | undefined): Promise<Map<string, string>> {
  const ids = [...new Set((report?.problems ?? []).map((p) => p.id))];
  if (ids.length === 0) return new Map();
  const rows = await client.fetch<{ _id: string; title: string | null }[]>(
    `*[_id in $ids]{_id, "title": coalesce(title, name)}`,
    { ids },
    { perspective: 'published' },
  );
  return new Map(rows.filter((row) => row.title).map((row) => [row._id, row.title!]));
}

export async function recordBuildFailed(
  client: SanityClient,
  report: ContentReport | undefined,
  runUrl?: string,
  failedStep?: string,
  now = new Date(),
): Promise<void> {
  const fields = failedStatus(report, await documentTitles(client, report), now.toISOString(), runUrl, failedStep);
  await client
    .transaction()
    .createIfNotExists({ _id: SITE_STATUS_ID, _type: SITE_STATUS_TYPE })
    .patch(SITE_STATUS_ID, (p) => p.set(fields))
    .commit();
}

export async function recordSiteUpdated(client: SanityClient, now = new Date()): Promise<void> {
  await client
    .transaction()
    .createIfNotExists({ _id: SITE_STATUS_ID, _type: SITE_STATUS_TYPE })
    .patch(SITE_STATUS_ID, (p) => p.set(updatedStatus(now.toISOString())).unset(['failedAt', 'runUrl']))
    .commit();
}

export async function updateSiteStatus(outcome: string | undefined, env: StatusEnv): Promise<string> {
  if (outcome !== 'failed' && outcome !== 'updated') throw new Error('Usage: updateSiteStatus.ts failed|updated');
  const client = statusClient(env);
  if (outcome === 'updated') {
    await recordSiteUpdated(client);
    return 'Site status: updated (problems cleared).';
  }
  const reportFile = readEnv(env).contentReportFile;
  const report = reportFile ? await readContentReport(reportFile) : undefined;
  const failedStep = env.FAILED_STEP?.trim() || undefined;
  await recordBuildFailed(client, report, env.RUN_URL?.trim() || undefined, failedStep);
  return `Site status: failed, ${report ? `${report.problems.length} content problem(s)` : `not a content problem (${failedStep ?? 'step unknown'})`} shown in the Studio.`;
}

if (import.meta.main) {
  try {
    console.log(await updateSiteStatus(process.argv[2], process.env));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
