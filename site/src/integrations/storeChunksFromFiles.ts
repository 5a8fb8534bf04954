import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's chunked content store (`experimental.collectionStorage: 'chunked'`) reaches the pages as
 * one virtual module per store chunk, `export default "<the chunk's text>"`. Rendering then starts
 * by having V8 compile those string literals: about 3 s of CPU for the 70 MB store of 5,000 posts,
 * where reading the same files takes 0.6 s. In the build's prerender bundle, which runs in this
 * same process right after it is bundled, each chunk module reads its file instead. The ids and
 * the store's folder are Astro internals: see site/src/astroInternals.ts.
 */

/** Astro 7.3's id of a store chunk module: the prefix, the chunk's file name, then `.mjs`. */
export const STORE_CHUNK_ID = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/** The build's content store, under Astro's cache folder (dev keeps it in `.astro/`). */
export const storeFolder = (cacheDir: URL) => new URL('data-store/', cacheDir);

/** The module that reads a store chunk at run time, or undefined when `id` is not one. */
export function storeChunkModule(id: string, folder: URL): string | undefined {
  const fileName = STORE_CHUNK_ID.exec(id)?.[1];
  if (!fileName) return undefined;
  const file = fileURLToPath(new URL(fileName, folder));
  // Never trade a working inlined chunk for a read that would fail: Astro's own module stays.
  if (!existsSync(file)) return undefined;
  return `import { readFileSync } from "node:fs";\nexport default readFileSync(${JSON.stringify(file)}, "utf8");\n`;
}

/** Store chunks read from their files by the static build's prerender bundle. */
export function storeChunksFromFiles(): AstroIntegration {
  let replaced = 0;
  return {
    name: 'frm-store-chunks-from-files',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        replaced = 0;
        const folder = storeFolder(config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'frm-store-chunks-from-files',
                // Astro's own plugin loads the chunk; this replaces what it loaded, only where
                // the bundle runs here at build time (never in a server bundle that ships).
                transform: {
                  filter: { id: STORE_CHUNK_ID },
                  handler(this: { environment?: { name: string } }, _code: string, id: string) {
                    if (this.environment?.name !== 'prerender') return undefined;
                    const code = storeChunkModule(id, folder);
                    if (code === undefined) return undefined;
                    replaced++;
                    return { code, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (replaced > 0) logger.info(`content store: ${replaced} chunk module(s) read from their files`);
        else
          logger.warn(
            'content store: no chunk module was read from its file, so rendering compiles the whole store first (slower, same pages). ' +
              'Astro no longer names or places the chunks as src/integrations/storeChunksFromFiles.ts expects; see src/astroInternals.ts.',
          );
      },
    },
  };
}
