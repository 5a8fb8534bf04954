import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Only pages that mark their body for search (posts, episodes, resources) are indexed. */
const SEARCHABLE = 'data-pagefind-body';

const failOn = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`Search index: ${what}: ${errors.join('; ')}`);
};

/**
 * The Pagefind search index, written into the build output so search works on any static host.
 * Pages come from the one pass over the built pages (builtPages.ts) through Pagefind's Node API,
 * so Pagefind neither walks nor reads the output folder itself and never sees the other pages.
 */
export async function createSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  let pages = 0;
  return {
    /** Adds a page (path relative to the output folder) if it has a search body. */
    async addPage(file: string, html: string): Promise<void> {
      if (!html.includes(SEARCHABLE)) return;
      pages++;
      failOn(file, (await index.addHTMLFile({ sourcePath: file, content: html })).errors);
    },
    /** Writes dist/pagefind; returns how many pages it indexed. */
    async write(outDir: string): Promise<number> {
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      failOn('writing', written.errors);
      await pagefind.close();
      return pages;
    },
    /** Stops Pagefind's service after a failure, so the build process can exit with the error. */
    close: () => pagefind.close(),
  };
}
