import { createClient, type SanityClient } from '@sanity/client';
import { previewEnv } from './previewEnv.ts';

/** A client on the preview's Content Lake with the read token (server-side only, never cached by a CDN). */
export function lakeClient(): SanityClient {
  const env = previewEnv();
  return createClient({
    projectId: env.projectId,
    dataset: env.dataset,
    apiVersion: env.apiVersion,
    useCdn: false,
    ...(env.token ? { token: env.token } : {}),
    ...(env.apiHost ? { apiHost: env.apiHost, useProjectHostname: false } : {}),
  });
}
