import { fileURLToPath } from 'node:url';

/** Where the preview tests' servers listen (h/preview's port range) and what they share. */
export const previewStack = {
  lakePort: Number(process.env.PREVIEW_LAKE_PORT ?? 4440),
  port: Number(process.env.PREVIEW_E2E_PORT ?? 4441),
  projectId: 'frmtest',
  /** A marker: the tests check it never leaves the preview server. */
  token: 'sk-preview-marker-7f3c1e9a2b4d',
  /** The Studio the stega edit links and frame-ancestors name (nothing listens there in tests). */
  studioUrl: process.env.PREVIEW_STUDIO_URL ?? 'http://127.0.0.1:4442/studio',
  logFile: fileURLToPath(new URL('../test-results/preview-server.log', import.meta.url)),
  /** While a document with this id exists, the stand-in fails every query (the preview's 502 page). */
  lakeDownDocumentId: 'e2e-lake-down',
} as const;

export const lakeUrl = `http://127.0.0.1:${previewStack.lakePort}`;
