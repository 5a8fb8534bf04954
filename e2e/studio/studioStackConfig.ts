import { fileURLToPath } from 'node:url';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * Where the Studio e2e's servers listen (4450-4459 unless set, so several checkouts can run at
 * once) and what they share. The built Studio has the API host and preview URL written in, so
 * studioStack.ts rebuilds it when these change.
 */
export const studioStack = {
  /** The built Studio, served statically. */
  port: port('STUDIO_E2E_PORT', 4450),
  /** The Content Lake stand-in for Node clients (the preview server). */
  lakePort: port('STUDIO_LAKE_PORT', 4451),
  /** The same stand-in as HTTP/2 over TLS, the Studio's API host. */
  lakeSecurePort: port('STUDIO_LAKE_TLS_PORT', 4452),
  /** The preview server the Presentation tool frames. */
  previewPort: port('STUDIO_PREVIEW_PORT', 4453),
  projectId: 'frmtest',
  dataset: 'production',
  /** The editor's session token, as the Studio keeps it after a login (it may read drafts and write). */
  token: 'sk-studio-e2e-editor-3b9d1f',
  distDir: fileURLToPath(new URL('../.studio-dist/', import.meta.url)),
  previewLog: fileURLToPath(new URL('../test-results/studio-preview-server.log', import.meta.url)),
} as const;

export const studioUrl = `http://127.0.0.1:${studioStack.port}`;
export const previewUrl = `http://127.0.0.1:${studioStack.previewPort}`;
/** The Studio's apiHost; with the project hostname it calls https://frmtest.localhost:<port>, which chromium resolves to 127.0.0.1. */
export const studioApiHost = `https://localhost:${studioStack.lakeSecurePort}`;
export const lakeUrl = `http://127.0.0.1:${studioStack.lakePort}`;

/** What `sanity build` writes into the bundle. */
export const studioBuildEnv = {
  SANITY_STUDIO_PROJECT_ID: studioStack.projectId,
  SANITY_STUDIO_DATASET: studioStack.dataset,
  SANITY_STUDIO_API_HOST: studioApiHost,
  SANITY_STUDIO_PREVIEW_URL: previewUrl,
} as const;
