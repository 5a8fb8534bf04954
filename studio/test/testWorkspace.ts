import {
  createWorkspaceFromConfig,
  type CurrentUser,
  type SanityClient,
  type SanityDocument,
  type Workspace,
  validateDocument,
} from 'sanity';
import config from '../sanity.config.ts';
import { redirectCheckQuery, type RedirectCheckResult } from '@frm/content/redirects';

export type FetchHandler = (query: string, params: Record<string, unknown>) => unknown;

/**
 * A stand-in for the Sanity client: the Studio only needs `config`, `withConfig` and `fetch`
 * for schema, structure and validation, and nothing here may touch the network.
 */
export function fakeClient(onFetch: FetchHandler) {
  const calls: { query: string; params: Record<string, unknown> }[] = [];
  const client = {
    config: () => ({
      projectId: 'frmplaceholder',
      dataset: 'production',
      apiVersion: '2025-02-19',
      url: 'https://frmplaceholder.api.sanity.io/v2025-02-19',
    }),
    withConfig: () => client,
    clone: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      calls.push({ query, params });
      return onFetch(query, params);
    },
  };
  return { client: client as unknown as SanityClient, calls };
}

const editor: CurrentUser = {
  id: 'test-editor',
  name: 'Test Editor',
  email: 'editor@example.org',
  role: 'administrator',
  roles: [],
};

/** A published site without documents or redirects, for the redirect checks (redirects/redirectChecks.ts). */
export const NO_REDIRECTS: RedirectCheckResult = { documents: [], redirects: [] };

/**
 * The real Studio config resolved into a workspace (schema, templates, document actions). By
 * default every slug is unique (`true`) and the published site has nothing to redirect.
 */
export async function createTestWorkspace(
  onFetch: FetchHandler = (query) => (query === redirectCheckQuery ? NO_REDIRECTS : true),
) {
  const { client, calls } = fakeClient(onFetch);
  const workspace: Workspace = await createWorkspaceFromConfig({
    ...config,
    currentUser: editor,
    getClient: () => client,
  });
  return { workspace, client, calls };
}

/**
 * Validates a document the way the Studio form does. (environment "cli" would downgrade
 * errors on object fields such as slug or image to warnings, so use "studio".)
 */
export async function validate(workspace: Workspace, document: Record<string, unknown>) {
  const markers = await validateDocument({
    document: {
      _id: 'doc-1',
      _createdAt: '2026-01-01T00:00:00Z',
      _updatedAt: '2026-01-01T00:00:00Z',
      _rev: 'r1',
      ...document,
    } as SanityDocument,
    workspace,
    environment: 'studio',
    getDocumentExists: async () => true,
  });
  return markers.map((m) => ({ level: m.level, path: pathString(m.path), message: m.message ?? m.item?.message }));
}

function pathString(path: readonly unknown[]): string {
  return path
    .map((segment) =>
      typeof segment === 'object' && segment && '_key' in segment ? `[${String(segment._key)}]` : String(segment),
    )
    .join('.');
}

export const imageWithAsset = (width: number, height: number, alt?: string) => ({
  _type: 'image',
  asset: { _type: 'reference', _ref: `image-a94a8fe5ccb19ba61c4c0873d391e987982fbbd3-${width}x${height}-jpg` },
  ...(alt === undefined ? {} : { alt }),
});
