import { DEFAULT_API_VERSION, studioEnv } from '@frm/content/studio-env';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { schemaTypes } from './schemaTypes/index.ts';
import { locations } from './site/locations.ts';
import { resolveDocumentActions, resolveNewDocumentOptions } from './singletons.ts';
import { structure } from './structure.ts';

export const { projectId, dataset, previewUrl } = studioEnv();

export default defineConfig({
  name: 'default',
  title: 'Family Room Mission',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    // Draft preview: the site from `pnpm dev:preview` (Astro dev server reading drafts) in a frame.
    presentationTool({
      title: 'Preview',
      previewUrl: { initial: previewUrl },
      allowOrigins: [previewUrl],
      resolve: { locations },
    }),
    visionTool({ defaultApiVersion: DEFAULT_API_VERSION }),
  ],
  schema: { types: schemaTypes },
  document: {
    actions: resolveDocumentActions,
    newDocumentOptions: resolveNewDocumentOptions,
  },
});
