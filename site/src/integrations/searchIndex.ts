import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The Pagefind search index of `astro build`, read from the built pages (as Starlight does): each
 * page's `[data-pagefind-body]` element, its title and kind attributes, into `<outDir>/pagefind`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'frm-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const fail = (what: string, errors: string[]) => {
          if (errors.length) throw new Error(`Search index: ${what}: ${errors.join('; ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Search index: Pagefind did not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          fail(`indexing ${outDir}`, added.errors);
          if (added.page_count === 0)
            throw new Error(`Search index: no page in ${outDir} has a [data-pagefind-body] element`);
          fail('writing', (await index.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors);
          logger.info(`search index of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
