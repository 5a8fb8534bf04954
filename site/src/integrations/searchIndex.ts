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
  const adding: Array<Promise<void>> = [];
  return {
    /** Adds a page (path relative to the output folder) if it has a search body. */
    addPage(file: string, html: string): void {
      if (!html.includes(SEARCHABLE)) return;
      adding.push(index.addHTMLFile({ sourcePath: file, content: html }).then((added) => failOn(file, added.errors)));
    },
    /** Writes dist/pagefind; returns how many pages it indexed. */
    async write(outDir: string): Promise<number> {
      await Promise.all(adding);
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      failOn('writing', written.errors);
      await pagefind.close();
      return adding.length;
    },
  };
}
