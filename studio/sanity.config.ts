import { DEFAULT_API_VERSION, studioEnv } from '@frm/content/studio-env';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { SiteStatusNavbar } from './components/siteStatus/SiteStatusNavbar.tsx';
import { StudioLayout } from './components/StudioLayout.tsx';
import { InputWithErrorSummary } from './form/ErrorSummary.tsx';
import { FieldWithMessages } from './form/FieldWithMessages.tsx';
import { schemaTypes } from './schemaTypes/index.ts';
import { locations } from './site/locations.ts';
import { resolveDocumentActions, resolveNewDocumentOptions } from './singletons.ts';
import { structure } from './structure.ts';
import { resolveTools } from './tools.ts';

export const { projectId, dataset, previewUrl, apiHost } = studioEnv();

export default defineConfig({
  name: 'default',
  title: 'Family Room Mission',
  projectId,
  dataset,
  // Only the tests set it: the Studio e2e talks to the Content Lake stand-in (e2e/studio).
  ...(apiHost ? { apiHost } : {}),
  plugins: [
    structureTool({ structure }),
    // Draft preview: the preview server (`pnpm preview:server`, SANITY_STUDIO_PREVIEW_URL) in a
    // frame; previewMode turns on its draft mode with a one-time secret (@sanity/preview-url-secret).
    presentationTool({
      title: 'Preview',
      previewUrl: {
        initial: previewUrl,
        previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
      },
      allowOrigins: [previewUrl],
      resolve: { locations },
    }),
    visionTool({ defaultApiVersion: DEFAULT_API_VERSION }),
  ],
  tools: resolveTools,
  schema: { types: schemaTypes },
  // Errors readable without hovering: a summary above the document, each message under its field.
  form: { components: { input: InputWithErrorSummary, field: FieldWithMessages } },
  // A failed content build shows above every tool (see components/siteStatus).
  studio: { components: { navbar: SiteStatusNavbar, layout: StudioLayout } },
  document: {
    actions: resolveDocumentActions,
    newDocumentOptions: resolveNewDocumentOptions,
  },
});
