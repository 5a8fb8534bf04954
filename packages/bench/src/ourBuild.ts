import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, type CommandRun } from './measure.ts';

/** "Now" of every benchmark build, so scheduled content is the same in each. */
export const BUILD_TIME = '2026-11-01T00:00:00Z';
export const siteDir = fileURLToPath(new URL('../../../site/', import.meta.url));
export const siteModules = join(siteDir, 'node_modules');
export const astroBin = join(siteModules, 'astro/bin/astro.mjs');

/**
 * One `astro build` of our site on `dataset` into `outDir`, with Astro's cache in `cacheDir`
 * (both emptied first when `cold`). `shareCards: 'off'` builds without generated share cards.
 */
export async function buildOurs(
  dataset: string,
  { outDir, cacheDir, cold, shareCards = '' }: { outDir: string; cacheDir: string; cold: boolean; shareCards?: string },
): Promise<CommandRun> {
  if (cold)
    await Promise.all([rm(outDir, { recursive: true, force: true }), rm(cacheDir, { recursive: true, force: true })]);
  // Run from the work folder with --root: Astro writes its prerender bundle under the output folder
  // or the working directory, so nothing is shared with other builds in the checkout. The work
  // folder's node_modules links the site's, so that bundle resolves its packages. No NODE_OPTIONS:
  // ours must build with Node's default heap.
  return runMeasured([process.execPath, astroBin, 'build', '--root', siteDir], {
    cwd: dirname(outDir),
    env: {
      NODE_OPTIONS: '',
      LOCAL_DATASET: dataset,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      BUILD_TIME,
      SANITY_PROJECT_ID: '',
      SITE_URL: '',
      SHARE_CARDS: shareCards,
    },
  });
}
