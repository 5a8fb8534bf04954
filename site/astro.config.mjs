// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readEnv } from '@frm/content/env';
import { builtPages } from './src/integrations/builtPages.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { localImages } from './src/integrations/localImages.ts';
import { inThreadDigestDuringBuild } from './src/integrations/inThreadDigest.ts';
import { storeChunksFromFiles } from './src/integrations/storeChunksFromFiles.ts';

// Canonical origin (SITE_URL, for previews and staging hosts) and output folders, checked.
const env = readEnv();

// Sources the pages may load beyond their own origin; everything else is refused.
const directives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data: https://cdn.sanity.io",
  "media-src 'self' https:",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://open.spotify.com",
  "connect-src 'self'",
  "form-action 'self' https:",
  "base-uri 'self'",
  "object-src 'none'",
]);

export default defineConfig({
  site: env.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; no page shows code.
  markdown: { syntaxHighlight: false },
  // Benchmarks and tests build into their own folders without touching site/dist.
  ...(env.astro.outDir ? { outDir: env.astro.outDir } : {}),
  ...(env.astro.cacheDir ? { cacheDir: env.astro.cacheDir } : {}),
  integrations: [
    // Astro hashes each page's inline styles and scripts for its CSP meta tag with Web Crypto,
    // a thread-pool job a call; the build computes the same digests on the calling thread.
    inThreadDigestDuringBuild(),
    // The prerender bundle reads the content store's chunks from their files instead of
    // compiling them as string literals.
    storeChunksFromFiles(),
    localImages(),
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    // The search index, built from the content while the pages render.
    searchIndex(),
    // The CSP _headers file, from one read of the built pages' heads.
    // frame-ancestors only works as a header, not in the <meta> fallback.
    builtPages({ cspExtraDirectives: ["frame-ancestors 'none'"] }),
  ],
  // The single-file store is inlined into the build as one string literal, which V8 compiles in
  // time that grows faster than the store (66 s at 20,000 posts); chunks keep that linear.
  experimental: { collectionStorage: 'chunked' },
  security: {
    csp: {
      directives: [...directives],
      // Pagefind's search runs WebAssembly; that is not eval of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
