import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CANNOT_PUBLISH_ROUTE } from './previewChrome.ts';

const here = (path: string) => new URL(path, import.meta.url);

/**
 * Turns the site's build into the preview server (astro.preview.config.mjs only): the same pages,
 * rendered on demand from live Content Lake content. The static build never loads this file.
 */
export function previewServer(): AstroIntegration {
  return {
    name: 'frm-preview-server',
    hooks: {
      'astro:config:setup': ({ addMiddleware, injectRoute, injectScript }) => {
        addMiddleware({ entrypoint: here('./middleware.ts'), order: 'pre' });
        injectRoute({
          pattern: '/api/draft-mode/enable',
          entrypoint: here('./routes/enableDraftMode.ts'),
          prerender: false,
        });
        injectRoute({
          pattern: '/api/draft-mode/disable',
          entrypoint: here('./routes/disableDraftMode.ts'),
          prerender: false,
        });
        injectRoute({
          pattern: '/api/preview/events',
          entrypoint: here('./routes/previewEvents.ts'),
          prerender: false,
        });
        injectRoute({
          pattern: '/api/preview/preview.css',
          entrypoint: here('./routes/previewStylesheet.ts'),
          prerender: false,
        });
        injectRoute({
          pattern: CANNOT_PUBLISH_ROUTE,
          entrypoint: here('./routes/CannotPublish.astro'),
          prerender: false,
        });
        injectScript('page', `import ${JSON.stringify(fileURLToPath(here('./client/previewClient.ts')))};`);
      },
    },
  };
}
