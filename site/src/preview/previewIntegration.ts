import { join, sep } from 'node:path';
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
      'astro:config:setup': ({ addMiddleware, injectRoute, injectScript, updateConfig, config }) => {
        addMiddleware({ entrypoint: here('./middleware.ts'), order: 'pre' });
        injectRoute({ pattern: '/api/draft-mode/enable', entrypoint: here('./routes/enableDraftMode.ts'), prerender: false });
        injectRoute({ pattern: '/api/draft-mode/disable', entrypoint: here('./routes/disableDraftMode.ts'), prerender: false });
        injectRoute({ pattern: '/api/preview/events', entrypoint: here('./routes/previewEvents.ts'), prerender: false });
        injectRoute({ pattern: '/api/preview/preview.css', entrypoint: here('./routes/previewStylesheet.ts'), prerender: false });
        injectRoute({ pattern: CANNOT_PUBLISH_ROUTE, entrypoint: here('./routes/CannotPublish.astro'), prerender: false });
        injectScript('page', `import ${JSON.stringify(fileURLToPath(here('./client/previewClient.ts')))};`);
        updateConfig({ vite: { resolve: { alias: [liveCollections(fileURLToPath(config.srcDir))] } } });
      },
    },
  };
}

type ViteAlias = { find: RegExp; replacement: string; customResolver: (source: string, importer: string | undefined) => string | null };

/**
 * Pages, layouts and helpers import `astro:content`; in the preview build they get
 * liveCollections.ts instead, which answers the same calls from the request's live content.
 * content.config.ts and the loaders keep Astro's module. An alias rather than a plugin: Vite
 * applies aliases before every plugin (Astro's own resolver for `astro:content` runs first among
 * the plugins); returning null leaves the import to Astro.
 */
function liveCollections(srcDir: string): ViteAlias {
  const replacement = fileURLToPath(here('./liveCollections.ts'));
  const keep = [join(srcDir, 'content.config.ts'), join(srcDir, 'content') + sep];
  return {
    find: /^astro:content$/,
    replacement: 'astro:content',
    customResolver(_source, importer) {
      const file = importer?.split('?')[0];
      if (!file || !file.startsWith(srcDir) || keep.some((path) => file.startsWith(path))) return null;
      return replacement;
    },
  };
}
