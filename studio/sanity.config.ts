import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { schemaTypes } from './schemaTypes/index.ts';
import { resolveDocumentActions, resolveNewDocumentOptions } from './singletons.ts';
import { structure } from './structure.ts';

// Placeholder ids keep `sanity build`, schema extraction and tests working without a real project.
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'frmplaceholder';
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

export default defineConfig({
  name: 'default',
  title: 'Family Room Mission',
  projectId,
  dataset,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: '2025-02-19' })],
  schema: { types: schemaTypes },
  document: {
    actions: resolveDocumentActions,
    newDocumentOptions: resolveNewDocumentOptions,
  },
});
