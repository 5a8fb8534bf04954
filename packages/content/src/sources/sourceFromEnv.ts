import { resolve } from 'node:path';
import { createContentLakeSource } from './contentLakeSource.ts';
import type { ContentSource } from './contentSource.ts';
import { createEmbeddedSource } from './embeddedSource.ts';

export const DEFAULT_API_VERSION = '2025-02-19';

export type ContentEnv = Partial<Record<
  'SANITY_PROJECT_ID' | 'SANITY_DATASET' | 'SANITY_API_VERSION' | 'SANITY_API_READ_TOKEN' | 'SANITY_API_HOST' | 'LOCAL_DATASET',
  string
>>;

/**
 * The Content Lake when SANITY_PROJECT_ID is set, otherwise the embedded export at LOCAL_DATASET
 * (or the given default, the repo's seed dataset).
 */
export async function contentSourceFromEnv(env: ContentEnv, defaultDataset: string): Promise<ContentSource> {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (projectId) {
    return createContentLakeSource({
      projectId,
      dataset: env.SANITY_DATASET?.trim() || 'production',
      apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
      token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
    });
  }
  return createEmbeddedSource(resolve(env.LOCAL_DATASET?.trim() || defaultDataset));
}
