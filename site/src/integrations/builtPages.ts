import { open, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createCspHeaders } from './cspHeaders.ts';

/** How many pages are read at once. */
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

/**
 * The one pass over the built pages after `astro build`: each page's head is read for its CSP
 * policy, and the `_headers` file written from them (cspHeaders.ts). The search index is built
 * from content, not from the pages (searchIndex.ts).
 */
export function builtPages(options: { cspExtraDirectives: string[] }): AstroIntegration {
  return {
    name: 'frm-built-pages',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const csp = createCspHeaders(options.cspExtraDirectives);
        // Every page Astro wrote (listing dist would walk thousands of images too).
        const files = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'))
          .sort();
        for (let i = 0; i < files.length; i += READ_AHEAD) {
          const batch = files.slice(i, i + READ_AHEAD);
          const heads = await Promise.all(batch.map(readHead));
          batch.forEach((file, j) => csp.addPage(relative(outDir, file), heads[j]!));
        }
        const pages = await csp.write(outDir);
        logger.info(`_headers written from ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
