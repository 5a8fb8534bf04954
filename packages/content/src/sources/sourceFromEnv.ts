import { resolve } from 'node:path';
import { readEnv, type Env, type EnvVariables } from '../config/env.ts';
import { createContentLakeSource, type ContentLakePerspective } from './contentLakeSource.ts';
import type { ContentSource } from './contentSource.ts';
import { createEmbeddedSource } from './embeddedSource.ts';

export type ContentEnv = EnvVariables | NodeJS.ProcessEnv;

/** SANITY_PERSPECTIVE: `published` (default) or `drafts` (draft preview: needs a project and a read token). */
export function perspectiveFromEnv(env: ContentEnv): ContentLakePerspective {
  return checkedPerspective(readEnv(env));
}

function checkedPerspective({ sanity }: Env): ContentLakePerspective {
  if (sanity.perspective === 'drafts') {
    const missing = [!sanity.projectId && 'SANITY_PROJECT_ID', !sanity.readToken && 'SANITY_API_READ_TOKEN'].filter(
      Boolean,
    );
    if (missing.length > 0) {
      throw new Error(
        `SANITY_PERSPECTIVE=drafts previews unpublished drafts from the Content Lake and needs ${missing.join(' and ')} ` +
          '(a read token with the Viewer role; drafts are never readable without one)',
      );
    }
  }
  return sanity.perspective;
}

/**
 * The Content Lake when SANITY_PROJECT_ID is set, otherwise the embedded export at LOCAL_DATASET
 * (or the given default, the repo's seed dataset).
 */
export async function contentSourceFromEnv(env: ContentEnv, defaultDataset: string): Promise<ContentSource> {
  const config = readEnv(env);
  const perspective = checkedPerspective(config);
  const { projectId, dataset, apiVersion, readToken, apiHost } = config.sanity;
  if (projectId) {
    return createContentLakeSource({ perspective, projectId, dataset, apiVersion, token: readToken, apiHost });
  }
  return createEmbeddedSource(resolve(config.localDataset ?? defaultDataset));
}
