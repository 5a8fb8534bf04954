import { readEnv } from '@frm/content/env';

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

/** The preview server's settings from our one env config (@frm/content/env), which checks each value. */
export function previewEnv(env: NodeJS.ProcessEnv = process.env): PreviewEnv {
  const { sanity, studioUrl } = readEnv(env);
  if (!sanity.projectId)
    throw new Error(
      'The preview server reads the Content Lake: set SANITY_PROJECT_ID (and SANITY_API_READ_TOKEN for drafts)',
    );
  return {
    projectId: sanity.projectId,
    dataset: sanity.dataset,
    apiVersion: sanity.apiVersion,
    token: sanity.readToken,
    apiHost: sanity.apiHost,
    studioUrl,
  };
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
