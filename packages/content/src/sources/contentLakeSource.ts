import { createClient, type SanityClient, type StegaConfig } from '@sanity/client';
import type { ContentSource } from './contentSource.ts';
import { withRetries, type RetryOptions } from './retries.ts';
import { describeLakeError } from './lakeErrors.ts';

/** `drafts` shows each document's draft where one exists (draft preview); it needs a token. */
export type ContentLakePerspective = 'published' | 'drafts';

export interface ContentLakeConfig {
  projectId: string;
  dataset: string;
  apiVersion: string;
  token?: string | undefined;
  /** Default `published`. */
  perspective?: ContentLakePerspective | undefined;
  /** For tests and proxies, e.g. `http://127.0.0.1:4010`; requests then skip the project hostname. */
  apiHost?: string | undefined;
  /** Milliseconds before one request is abandoned. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Click-to-edit in the preview server: strings carry invisible edit links (drafts only). */
  stega?: StegaConfig | undefined;
}

/** Reads published content (or, for draft preview, drafts) from the Sanity Content Lake, never the CDN. */
export function createContentLakeSource(config: ContentLakeConfig): ContentSource & { readonly client: SanityClient } {
  const perspective = config.perspective ?? 'published';
  if (perspective === 'drafts' && !config.token) {
    throw new Error(
      'The drafts perspective needs a read token (SANITY_API_READ_TOKEN): the Content Lake never returns drafts without one',
    );
  }
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: false,
    perspective,
    // Our own retry loop honours Retry-After and reports clearly; the client's would hide both.
    maxRetries: 0,
    timeout: config.timeoutMs ?? 30_000,
    ...(config.token ? { token: config.token } : {}),
    ...(config.stega ? { stega: config.stega } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  const where = `Sanity project "${config.projectId}", dataset "${config.dataset}"${perspective === 'drafts' ? ' (drafts)' : ''}${config.apiHost ? ` at ${config.apiHost}` : ''}`;
  return {
    kind: 'contentLake',
    description: where,
    client,
    async fetch(query, params) {
      try {
        return await withRetries(
          async () => resultOf(await client.fetch(query, params, { filterResponse: false })),
          config.retry,
        );
      } catch (error) {
        throw new Error(`Could not load content from ${where}: ${describeLakeError(error)}`, { cause: error });
      }
    },
    assetFilePath() {
      return undefined;
    },
  };
}

/** The client hands back a truncated or non-JSON body as a plain string; that must not pass as "no result". */
function resultOf(response: unknown): unknown {
  if (response === null || typeof response !== 'object' || !('result' in response)) {
    const preview = typeof response === 'string' ? `: ${JSON.stringify(response.slice(0, 80))}` : '';
    throw new SyntaxError(`query response is not valid JSON with a "result" field${preview}`);
  }
  return response.result;
}
