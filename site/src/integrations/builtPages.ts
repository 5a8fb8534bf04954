import { cp, open, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openSearchChannel } from '../lib/search/searchChannel.ts';
import { contentSearchIndex, type ContentSearchIndex } from './contentSearchIndex.ts';
import { createCspHeaders } from './cspHeaders.ts';

/** How many pages are read at once for their CSP policy. */
const READ_AHEAD = 32;

/** Bytes read from the top of each page: its <head> (the CSP meta tag) fits (about 10 KB today). */
const HEAD_BYTES = 16_384;

/** A page's HTML up to its </head>; the whole page when the head is longer than HEAD_BYTES. */
async function readHead(path: string): Promise<string> {
  const handle = await open(path);
  try {
    const buffer = Buffer.allocUnsafe(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const text = buffer.toString('utf8', 0, bytesRead);
    return bytesRead < HEAD_BYTES || text.includes('</head>') ? text : await readFile(path, 'utf8');
  } finally {
    await handle.close();
  }
}

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
 * What the build writes beside the pages: the Pagefind search index, built from the content step's
 * collections while Astro renders (contentSearchIndex.ts) into the cache folder, Astro empties the
 * output folder before it writes pages, and moved into `dist/pagefind` after the build; and the
 * CSP `_headers` file, from one read of each built page's head (the only pass over the pages).
 */
export function builtPages(options: { cspExtraDirectives: string[] }): AstroIntegration {
  let search: ContentSearchIndex | undefined;
  let staging = '';
  let closeChannel = () => {};
  return {
    name: 'frm-built-pages',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        staging = join(fileURLToPath(config.cacheDir), 'search-index');
        await rm(staging, { recursive: true, force: true });
        search = contentSearchIndex(staging);
        closeChannel = openSearchChannel(search.sink);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        closeChannel();
        if (!search) throw new Error('Search index: the build did not start one (astro:config:setup did not run for a build)');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const indexed = search.written();
        const csp = createCspHeaders(options.cspExtraDirectives);
        // Every page Astro wrote (listing dist would walk thousands of images too).
        const files = [...assets.values()].flat().map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html')).sort();
        for (let i = 0; i < files.length; i += READ_AHEAD) {
          const batch = files.slice(i, i + READ_AHEAD);
          const heads = await Promise.all(batch.map(readHead));
          batch.forEach((file, j) => csp.addPage(relative(outDir, file), heads[j]!));
        }
        const headerPages = await csp.write(outDir);
        const cspMs = performance.now() - started;
        const { pages, recordsMs, addMs, writeMs } = await indexed;
        const waitedMs = performance.now() - started - cspMs;
        await move(staging, join(outDir, 'pagefind'));
        const ms = (value: number) => `${Math.round(value)} ms`;
        logger.info(
          `_headers written from ${headerPages} pages in ${ms(cspMs)}; search index of ${pages} pages in ${ms(performance.now() - started)} after rendering (waited ${ms(waitedMs)} for Pagefind) ` +
            `(built from the content step: records ${ms(recordsMs)}, Pagefind indexing ${ms(addMs)} and writing ${ms(writeMs)})`,
        );
      },
    },
  };
}
