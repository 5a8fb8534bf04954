import { DEFAULT_API_VERSION } from '@frm/content';

/** What the preview server reads from its environment at start (never at build time). */
export interface PreviewEnv {
  projectId: string;
  dataset: string;
  apiVersion: string;
  /** Viewer token: drafts and the preview secret are unreadable without it. Server-side only. */
  token: string | undefined;
  /** Tests point the client at the local Content Lake stand-in. */
  apiHost: string | undefined;
  /** The Studio's URL: edit links in stega strings, and the only page allowed to frame the preview. */
  studioUrl: string;
}

let cached: PreviewEnv | undefined;

export function previewEnv(env: NodeJS.ProcessEnv = process.env): PreviewEnv {
  if (cached && env === process.env) return cached;
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (!projectId) throw new Error('The preview server reads the Content Lake: set SANITY_PROJECT_ID (and SANITY_API_READ_TOKEN for drafts)');
  const studioUrl = env.SANITY_STUDIO_URL?.trim() || 'http://localhost:3333';
  try {
    new URL(studioUrl);
  } catch {
    throw new Error(`SANITY_STUDIO_URL="${studioUrl}" is not a URL; use the Studio's address, e.g. https://frm.sanity.studio`);
  }
  const result: PreviewEnv = {
    projectId,
    dataset: env.SANITY_DATASET?.trim() || 'production',
    apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
    token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
    studioUrl: studioUrl.replace(/\/$/, ''),
  };
  if (env === process.env) cached = result;
  return result;
}

/** For the start-up line: every setting except the token, which is only said to be set or not. */
export function describePreviewEnv(env: PreviewEnv): string {
  return [
    `SANITY_PROJECT_ID=${env.projectId}`,
    `SANITY_DATASET=${env.dataset}`,
    `SANITY_API_VERSION=${env.apiVersion}`,
    ...(env.apiHost ? [`SANITY_API_HOST=${env.apiHost}`] : []),
    `SANITY_STUDIO_URL=${env.studioUrl}`,
    `SANITY_API_READ_TOKEN=${env.token ? '(set)' : '(not set: draft mode is off)'}`,
  ].join(' ');
}
