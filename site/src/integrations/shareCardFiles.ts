import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readEnv } from '@frm/content/env';
import { onContentLoaded } from '../content/contentLoaded.ts';
import type { DrawnShareCards } from '../lib/shareImage/drawShareCards.ts';
import { drawShareCardsInWorker } from '../lib/shareImage/drawShareCardsInWorker.ts';
import { shareCardsOf } from '../lib/shareImage/shareCards.ts';

/**
 * The generated share cards (1200×630 PNG, under /og/) of pages whose editors set no image of
 * their own. In `astro build` they are drawn from the moment the content is loaded, in a worker
 * thread beside Vite's bundling and Astro's rendering, into a folder in Astro's cache (which
 * survives between builds), and copied into the site once it is built.
 */
export function shareCardFiles(): AstroIntegration {
  let cacheFolder = '';
  let drawing: Promise<DrawnShareCards & { ms: number }> | undefined;
  return {
    name: 'frm-share-card-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || !readEnv().shareCards) return;
        onContentLoaded(({ content, media }) => {
          const started = performance.now();
          drawing = drawShareCardsInWorker(shareCardsOf(content, media), cacheFolder).then((drawn) => ({
            ...drawn,
            ms: performance.now() - started,
          }));
          // Awaited once the site is built; until then a failure must not count as unhandled.
          drawing.catch(() => {});
        });
      },
      'astro:config:done': ({ config }) => {
        cacheFolder = join(fileURLToPath(config.cacheDir), 'share-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!readEnv().shareCards) return;
        if (!drawing) throw new Error('Share cards: the content was not loaded in this build, so none can be drawn');
        const waitStarted = performance.now();
        const { files, drawn, warnings, ms } = await drawing;
        const waited = performance.now() - waitStarted;
        warnings.forEach((warning) => logger.warn(warning));
        const outDir = fileURLToPath(dir);
        const targets = files.map(({ path, file }) => ({ file, target: join(outDir, path) }));
        // A few folders (og/blog, og/podcast, …) for thousands of cards: each made once.
        for (const folder of new Set(targets.map(({ target }) => dirname(target))))
          await mkdir(folder, { recursive: true });
        await Promise.all(targets.map(({ file, target }) => copyFile(file, target)));
        logger.info(
          `${files.length} share cards (${drawn} drawn, ${files.length - drawn} from the cache) in ${Math.round(ms)} ms beside the build, which then waited ${Math.round(waited)} ms for them`,
        );
      },
    },
  };
}
