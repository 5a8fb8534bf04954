/*
 * `node packages/deploy/src/dueCheck.ts`: the scheduled run's first step, before `pnpm install`.
 * One cheap GROQ question to the Content Lake: has a document of ours been published since the
 * deployed site was built, or has a post or episode's publish date fallen due since then? The
 * build time of the live site is read from its /deploy.json (the workflow writes it into every
 * deploy), so the answer is about what is actually live. Prints the verdict and writes
 * `due=true|false` to $GITHUB_OUTPUT; always exits 0 unless misused, and when it cannot tell
 * (site or Content Lake unreachable) it says due, so a build decides.
 * Dependency-free on purpose (Node's fetch only): it runs before anything is installed, so it
 * imports the content types by path, from the registry's import-free half.
 */
import { appendFile } from 'node:fs/promises';
import { PUBLISHED, rebuildTypes, scheduledTypes } from '../../content/src/registry/siteTypes.ts';

/** What the workflow writes to /deploy.json in every deployed site. */
export interface DeployInfo {
  /** The BUILD_TIME the deployed site was built with: content published up to it is live. */
  builtAt: string;
  commit?: string;
}

export const DEPLOY_INFO_PATH = 'deploy.json';
const API_VERSION = '2025-02-19';
const TIMEOUT_MS = 10_000;

export type DueEnv = Partial<
  Record<
    | 'SITE_URL'
    | 'SANITY_PROJECT_ID'
    | 'SANITY_DATASET'
    | 'SANITY_API_VERSION'
    | 'SANITY_API_READ_TOKEN'
    | 'SANITY_API_HOST'
    | 'GITHUB_OUTPUT',
    string
  >
>;

export interface DueVerdict {
  due: boolean;
  reason: string;
}

/** One request, two answers; each stops at the first match. */
export const DUE_QUERY = `{
  "published": *[_type in $types && ${PUBLISHED} && _updatedAt > $since] | order(_updatedAt desc)[0]{_id, _type, _updatedAt},
  "fellDue": *[_type in $scheduledTypes && ${PUBLISHED} && dateTime(publishedAt) > dateTime($since) && dateTime(publishedAt) <= dateTime($now)] | order(publishedAt asc)[0]{_id, _type, publishedAt}
}`;

/** The due query's parameters: the site's document types and the scheduled ones, from the content registry. */
export function dueParams(since: string, now: Date): Record<string, unknown> {
  return { types: rebuildTypes, scheduledTypes, since, now: now.toISOString() };
}

interface DueAnswer {
  published: { _id: string; _type: string; _updatedAt: string } | null;
  fellDue: { _id: string; _type: string; publishedAt: string } | null;
}

/** The live site's build time, or undefined when nothing has been deployed yet (no /deploy.json). */
export async function lastDeploy(siteUrl: string): Promise<DeployInfo | undefined> {
  const response = await fetch(new URL(DEPLOY_INFO_PATH, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`), {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${siteUrl}/${DEPLOY_INFO_PATH} answered HTTP ${response.status}`);
  const info = (await response.json()) as Partial<DeployInfo>;
  if (typeof info.builtAt !== 'string' || Number.isNaN(Date.parse(info.builtAt)))
    throw new Error(`${siteUrl}/${DEPLOY_INFO_PATH} has no builtAt date`);
  return info as DeployInfo;
}

async function askContentLake(env: DueEnv, since: string, now: Date): Promise<DueAnswer> {
  const projectId = env.SANITY_PROJECT_ID!.trim();
  const host = env.SANITY_API_HOST?.trim() || `https://${projectId}.api.sanity.io`;
  const url = new URL(
    `/v${env.SANITY_API_VERSION?.trim() || API_VERSION}/data/query/${env.SANITY_DATASET?.trim() || 'production'}`,
    host,
  );
  url.searchParams.set('query', DUE_QUERY);
  url.searchParams.set('perspective', 'published');
  for (const [name, value] of Object.entries(dueParams(since, now)))
    url.searchParams.set(`$${name}`, JSON.stringify(value));
  const token = env.SANITY_API_READ_TOKEN?.trim();
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`the Content Lake answered HTTP ${response.status}`);
  return ((await response.json()) as { result: DueAnswer }).result;
}

export async function checkDue(env: DueEnv, now = new Date()): Promise<DueVerdict> {
  if (!env.SANITY_PROJECT_ID?.trim())
    return {
      due: false,
      reason: 'nothing due: no SANITY_PROJECT_ID, the site is built from the repository (a push rebuilds it)',
    };
  if (!env.SITE_URL?.trim())
    return { due: true, reason: 'due: SITE_URL is not set, so the live site’s build time is unknown' };
  try {
    const deployed = await lastDeploy(env.SITE_URL.trim());
    if (!deployed)
      return {
        due: true,
        reason: `due: ${env.SITE_URL.trim()} has no ${DEPLOY_INFO_PATH} yet (never deployed by this workflow)`,
      };
    const answer = await askContentLake(env, deployed.builtAt, now);
    if (answer.published)
      return {
        due: true,
        reason: `due: ${answer.published._type} "${answer.published._id}" was published at ${answer.published._updatedAt}, after the live site was built (${deployed.builtAt})`,
      };
    if (answer.fellDue)
      return {
        due: true,
        reason: `due: ${answer.fellDue._type} "${answer.fellDue._id}" is scheduled for ${answer.fellDue.publishedAt}, which has passed since the live site was built (${deployed.builtAt})`,
      };
    return {
      due: false,
      reason: `nothing due: nothing published and nothing scheduled has fallen due since the live site was built (${deployed.builtAt})`,
    };
  } catch (error) {
    return { due: true, reason: `due: could not check (${(error as Error).message}); building to be safe` };
  }
}

if (import.meta.main) {
  const started = performance.now();
  const verdict = await checkDue(process.env);
  console.log(`${verdict.reason} [${Math.round(performance.now() - started)} ms]`);
  if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `due=${verdict.due}\n`);
}
