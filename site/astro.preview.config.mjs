// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import site from './astro.config.mjs';
import { previewServer } from './src/preview/previewIntegration.ts';

/*
 * The preview server: the same pages and components as the static site, rendered on demand from
 * the Content Lake (published, or drafts in draft mode) by a Node server. `pnpm preview:server`
 * builds and starts it; the production build (astro.config.mjs) stays fully static.
 */
const keptIntegrations = new Set(['@astrojs/mdx', 'frm-local-images']);

export default defineConfig({
  ...site,
  output: 'server',
  // Pages read the request's live content instead of the build's collections (src/lib/collections.ts).
  vite: { ...site.vite, define: { ...site.vite?.define, 'import.meta.env.FRM_PREVIEW': 'true' } },
  // The Presentation tool calls /api/draft-mode/enable without a trailing slash.
  trailingSlash: 'ignore',
  // Streaming off: the middleware finishes each page (stega, banners) from its full HTML.
  adapter: node({ mode: 'standalone', experimentalDisableStreaming: true }),
  outDir: process.env.PREVIEW_OUT_DIR || './dist-preview',
  // Its own cache, so a preview build never changes what the static build keeps.
  cacheDir: process.env.PREVIEW_CACHE_DIR || './node_modules/.astro-preview',
  // No search index, _headers file or sitemap: those belong to the static site. MDX pages and the
  // export-images module that shared page code imports (empty in use: preview reads the Content Lake).
  integrations: [
    ...(site.integrations ?? []).filter(
      (integration) => integration && 'name' in integration && keptIntegrations.has(integration.name),
    ),
    previewServer(),
  ],
});
