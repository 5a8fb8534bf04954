import { resolve } from 'node:path';
import { createContentLakeSource, type ContentLakePerspective } from './contentLakeSource.ts';
import type { ContentSource } from './contentSource.ts';
import { createEmbeddedSource } from './embeddedSource.ts';

export const DEFAULT_API_VERSION = '2025-02-19';

export type ContentEnv = Partial<Record<
  'SANITY_PROJECT_ID' | 'SANITY_DATASET' | 'SANITY_API_VERSION' | 'SANITY_API_READ_TOKEN' | 'SANITY_API_HOST' | 'SANITY_PERSPECTIVE' | 'LOCAL_DATASET',
  string
>>;

/** SANITY_PERSPECTIVE: `published` (default) or `drafts` (draft preview: needs a project and a read token). */
export function perspectiveFromEnv(env: ContentEnv): ContentLakePerspective {
  const value = env.SANITY_PERSPECTIVE?.trim() || 'published';
  if (value !== 'published' && value !== 'drafts') {
    throw new Error(`SANITY_PERSPECTIVE="${value}" is not supported; use "published" (default) or "drafts"`);
  }
  if (value === 'drafts') {
    const missing = (['SANITY_PROJECT_ID', 'SANITY_API_READ_TOKEN'] as const).filter((name) => !env[name]?.trim());
    if (missing.length > 0) {
      throw new Error(
        `SANITY_PERSPECTIVE=drafts previews unpublished drafts from the Content Lake and needs ${missing.join(' and ')} ` +
          '(a read token with the Viewer role; drafts are never readable without one)',
      );
    }
  }
  return value;
}

/**
 * The Content Lake when SANITY_PROJECT_ID is set, otherwise the embedded export at LOCAL_DATASET
 * (or the given default, the repo's seed dataset).
 */
export async function contentSourceFromEnv(env: ContentEnv, defaultDataset: string): Promise<ContentSource> {
  const perspective = perspectiveFromEnv(env);
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (projectId) {
    return createContentLakeSource({
      perspective,
      projectId,
      dataset: env.SANITY_DATASET?.trim() || 'production',
      apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
      token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
    });
  }
  return createEmbeddedSource(resolve(env.LOCAL_DATASET?.trim() || defaultDataset));
}
