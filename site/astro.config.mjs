// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readEnv } from '@frm/content/env';
import { builtPages } from './src/integrations/builtPages.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { localImages } from './src/integrations/localImages.ts';
import { redirectFiles } from './src/integrations/redirects/redirectFiles.ts';
import { shareCardFiles } from './src/integrations/shareCardFiles.ts';

// Canonical origin (SITE_URL, for previews and staging hosts) and output folders, checked.
const env = readEnv();

// Sources the pages may load beyond their own origin; everything else is refused.
const directives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data: https://cdn.sanity.io",
  "media-src 'self' https:",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://open.spotify.com',
  "connect-src 'self'",
  "form-action 'self' https:",
  "base-uri 'self'",
  "object-src 'none'",
]);

export default defineConfig({
  site: env.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; no page shows code.
  markdown: { syntaxHighlight: false },
  // The content store in chunks: at 5,000 posts it lowers the build's peak memory by a fifth (docs/performance.md).
  experimental: { collectionStorage: 'chunked' },
  vite: {
    define: {
      // Pages read Astro's content collections (src/lib/collections.ts); the preview build sets true.
      'import.meta.env.FRM_PREVIEW': 'false',
    },
  },
  // Benchmarks and tests build into their own folders without touching site/dist.
  ...(env.astro.outDir ? { outDir: env.astro.outDir } : {}),
  ...(env.astro.cacheDir ? { cacheDir: env.astro.cacheDir } : {}),
  integrations: [
    localImages(),
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    // Share cards of pages without an image of their own, drawn beside the build.
    shareCardFiles(),
    // The Pagefind search index, read from the built pages.
    searchIndex(),
    // The CSP _headers file, from one read of the built pages' heads.
    // frame-ancestors only works as a header, not in the <meta> fallback.
    builtPages({ cspExtraDirectives: ["frame-ancestors 'none'"] }),
    // _redirects and a page at each old address, after the passes above read the built pages.
    redirectFiles(),
  ],
  security: {
    csp: {
      directives: [...directives],
      // Pagefind's search runs WebAssembly; that is not eval of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
