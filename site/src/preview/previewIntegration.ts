import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const here = (path: string) => new URL(path, import.meta.url);

/**
 * Turns the site's build into the preview server (astro.preview.config.mjs only): the same pages,
 * rendered on demand from live Content Lake content. The static build never loads this file.
 */
export function previewServer(): AstroIntegration {
  return {
    name: 'frm-preview-server',
    hooks: {
      'astro:config:setup': ({ addMiddleware, injectRoute, injectScript, updateConfig, config }) => {
        addMiddleware({ entrypoint: here('./middleware.ts'), order: 'pre' });
        injectRoute({ pattern: '/api/draft-mode/enable', entrypoint: here('./routes/enableDraftMode.ts'), prerender: false });
        injectRoute({ pattern: '/api/draft-mode/disable', entrypoint: here('./routes/disableDraftMode.ts'), prerender: false });
        injectRoute({ pattern: '/api/preview/events', entrypoint: here('./routes/previewEvents.ts'), prerender: false });
        injectRoute({ pattern: '/api/preview/preview.css', entrypoint: here('./routes/previewStylesheet.ts'), prerender: false });
        injectScript('page', `import ${JSON.stringify(fileURLToPath(here('./client/previewClient.ts')))};`);
        updateConfig({ vite: { plugins: [liveCollections(fileURLToPath(config.srcDir))] } });
      },
    },
  };
}

/**
 * Pages, layouts and helpers import `astro:content`; in the preview build they get
 * liveCollections.ts instead, which answers the same calls from the request's live content.
 * content.config.ts and the loaders keep Astro's module.
 */
type VitePlugin = NonNullable<NonNullable<Parameters<Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['updateConfig']>[0]['vite']>['plugins']>[number];

function liveCollections(srcDir: string): VitePlugin {
  const replacement = fileURLToPath(here('./liveCollections.ts'));
  const keep = [fileURLToPath(new URL('content.config.ts', `file://${srcDir}/`)), fileURLToPath(new URL('content/', `file://${srcDir}/`))];
  return {
    name: 'frm-preview-live-collections',
    enforce: 'pre',
    resolveId(id: string, importer: string | undefined) {
      if (id !== 'astro:content' || !importer) return null;
      const file = importer.split('?')[0]!;
      if (!file.startsWith(srcDir) || keep.some((path) => file.startsWith(path))) return null;
      return replacement;
    },
  };
}
