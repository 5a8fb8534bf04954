import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createCspHeaders } from './cspHeaders.ts';
import { createSearchIndex } from './searchIndex.ts';

/**
 * How many pages are read and handed to Pagefind at once: enough to keep both busy; waiting for
 * each batch keeps the pages (and Pagefind's message queue) out of the heap.
 */
const READ_AHEAD = 32;

/**
 * One pass over the built pages after `astro build`: each page is read once and handed to the
 * search index and to the CSP `_headers` writer.
 */
export function builtPages(options: { cspExtraDirectives: string[] }): AstroIntegration {
  return {
    name: 'frm-built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const csp = createCspHeaders(options.cspExtraDirectives);
        const search = await createSearchIndex();
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        let passMs = 0;
        let headerPages = 0;
        let indexed = 0;
        try {
          for (let i = 0; i < files.length; i += READ_AHEAD) {
            const batch = files.slice(i, i + READ_AHEAD);
            const pages = await Promise.all(batch.map((file) => readFile(join(outDir, file), 'utf8')));
            batch.forEach((file, j) => csp.addPage(file, pages[j]!));
            await Promise.all(batch.map((file, j) => search.addPage(file, pages[j]!)));
          }
          passMs = performance.now() - started;
          headerPages = await csp.write(outDir);
          indexed = await search.write(outDir);
        } catch (error) {
          await search.close();
          throw error;
        }
        logger.info(`_headers written from ${headerPages} pages; search index of ${indexed} pages in ${Math.round(performance.now() - started)} ms (pages read and added in ${Math.round(passMs)} ms)`);
      },
    },
  };
}
