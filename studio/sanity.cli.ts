import { studioEnv } from '@frm/content/studio-env';
import { defineCliConfig } from 'sanity/cli';

const { projectId, dataset } = studioEnv();

export default defineCliConfig({
  api: {
    projectId,
    dataset,
  },
  // Self-hosted build: do not swap in Sanity's CDN runtime (the build must work offline).
  deployment: { autoUpdates: false },
  schemaExtraction: { path: './schema.json' },
  // Read by `sanity typegen generate` (a `typegen` key here replaces the old sanity-typegen.json).
  typegen: {
    schema: './schema.json',
    path: '../packages/content/src/**/*.ts',
    generates: '../packages/content/src/sanity.types.ts',
  },
});
