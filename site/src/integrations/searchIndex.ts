import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openSearchChannel } from '../lib/search/searchChannel.ts';
import { contentSearchIndex, type ContentSearchIndex } from './contentSearchIndex.ts';

/** Moves a folder, copying when it is on another file system than the target. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * The Pagefind search index of `astro build`: built from the content step's collections while
 * Astro renders (contentSearchIndex.ts) into the cache folder, since Astro empties the output
 * folder before it writes pages, and moved into `dist/pagefind` after the build.
 */
export function searchIndex(): AstroIntegration {
  let search: ContentSearchIndex | undefined;
  let staging = '';
  let closeChannel = () => {};
  return {
    name: 'frm-search-index',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        staging = join(fileURLToPath(config.cacheDir), 'search-index');
        await rm(staging, { recursive: true, force: true });
        search = contentSearchIndex(staging);
        closeChannel = openSearchChannel(search.sink);
      },
      'astro:build:done': async ({ dir, logger }) => {
        closeChannel();
        if (!search) throw new Error('Search index: none was started (astro:config:setup did not run for a build)');
        const started = performance.now();
        const { pages, recordsMs, addMs, writeMs } = await search.written();
        const waitedMs = performance.now() - started;
        await move(staging, join(fileURLToPath(dir), 'pagefind'));
        const ms = (value: number) => `${Math.round(value)} ms`;
        logger.info(
          `search index of ${pages} pages in ${ms(performance.now() - started)} after rendering (waited ${ms(waitedMs)} for Pagefind; ` +
            `built from the content step: records ${ms(recordsMs)}, Pagefind indexing ${ms(addMs)} and writing ${ms(writeMs)})`,
        );
      },
    },
  };
}
