import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * Every place where the site depends on Astro internals rather than its public API, in one list.
 * Each entry names the Astro version it was checked against and the upstream issue or PR, and
 * `astroInternalsChanged()` (run by astroInternals.test.ts) says in plain words when an Astro
 * upgrade changed what the entry relies on.
 *
 * Removed (public API now): the content layer's private `__ASTRO_IMAGE_` marker and reading
 * `.astro/content-assets.mjs` (images come from integrations/localImages.ts, a Vite import);
 * the cross-process build lock of the tests and the benchmark's retry (see prerenderBundle).
 */

export const CHECKED_ASTRO_VERSION = '7.3.5';

export interface AstroInternal {
  name: string;
  /** What we rely on and why. */
  why: string;
  upstream: string;
  /** A file in Astro's package and the text it must still contain for the reliance to hold. */
  file: string;
  expect: string | string[];
}

export const astroInternals: AstroInternal[] = [
  {
    name: 'chunked content store writer patch',
    why:
      "site/patches/astro@7.3.5.patch (a pnpm patch of dist/) makes getChunkEnd measure an entry's bytes at once; unpatched, " +
      'it encodes every character on its own and the chunked content sync is 11x slower (site/patches/README.md).',
    upstream: 'withastro/astro#17296 added chunked storage, #17724 changed its writer; the fix is written up to be proposed in site/patches/README.md',
    file: 'dist/content/data-store-writer.js',
    expect: 'Patched (site/patches)',
  },
  {
    name: 'page files written on the calling thread (patch)',
    why:
      "site/patches/astro@7.3.5.patch makes generatePathWithPrerenderer write each page with mkdirSync/writeFileSync instead of fs.promises: " +
      'every async call is a thread-pool round trip, which cost about a quarter of rendering at 5,000 posts (site/patches/README.md).',
    upstream: 'generatePathWithPrerenderer in packages/astro/src/core/build/generate.ts (to be proposed, see site/patches/README.md)',
    file: 'dist/core/build/generate.js',
    expect: 'Patched (site/patches): the page is written on the calling thread',
  },
  {
    name: 'content store chunk modules (ids)',
    why:
      'integrations/storeChunksFromFiles.ts recognises the chunked store\'s modules by their resolved id, "\\0astro:data-layer-content-chunk:<16 hex>.txt.mjs", ' +
      'and replaces the string literal Astro loads with a read of the same file. If the ids change the build only gets slower, and says so in a warning.',
    upstream: 'DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX in packages/astro/src/content/consts.ts (withastro/astro#17296)',
    file: 'dist/content/consts.js',
    expect: [
      'const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";',
      'const DATA_STORE_DIR = "data-store/";',
      'const DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX = `${DATA_STORE_VIRTUAL_ID}-chunk:`;',
      'const RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX = `\\0${DATA_STORE_CHUNK_VIRTUAL_ID_PREFIX}`;',
      'const RESOLVED_DATA_STORE_CHUNK_VIRTUAL_ID_SUFFIX = ".mjs";',
      'const DATA_STORE_CHUNK_FILE_NAME_PATTERN = /^[a-f0-9]{16}\\.txt$/;',
    ],
  },
  {
    name: 'content store chunk modules (what they hold and where the files are)',
    why:
      'storeChunksFromFiles.ts reads a chunk from <cacheDir>/data-store/<file>, where a build keeps it, instead of the module that inlines the same file as a string.',
    upstream: 'getDataStoreDir in packages/astro/src/content/paths.ts and the chunk loader in vite-plugin-content-virtual-mod.ts',
    file: 'dist/content/vite-plugin-content-virtual-mod.js',
    expect: ['new URL(`./${fileName}`, dataStoreDir)', 'code: `export default ${JSON.stringify(contents)}`', 'dataStoreDir = getDataStoreDir(settings, isDev);'],
  },
  {
    name: 'content store folder of a build',
    why: 'storeChunksFromFiles.ts: a build keeps the content store in <cacheDir>/data-store/ (dev in .astro/).',
    upstream: 'getDataStoreDir in packages/astro/src/content/paths.ts',
    file: 'dist/content/paths.js',
    expect: 'return new URL(DATA_STORE_DIR, isDev ? settings.dotAstroDir : settings.config.cacheDir);',
  },
  {
    name: 'prerender bundle inside the output folder',
    why:
      'Astro writes its prerender bundle to <outDir>/.prerender only when outDir is inside the working directory, otherwise to ' +
      '<cwd>/.astro/.prerender. Test builds (site/test/buildSite.ts) and the benchmark run from their own temp folder, so builds ' +
      'in one checkout share no mutable state and need no lock.',
    upstream: 'getOutDirWithinCwd in packages/astro/src/core/build/common.ts (no issue filed yet)',
    file: 'dist/core/build/common.js',
    expect: 'fileURLToPath(outDir).startsWith(process.cwd())',
  },
  {
    name: 'CSP digests with crypto.subtle.digest',
    why:
      "Astro's generateCspDigest hashes each page's inline styles and scripts with crypto.subtle.digest, which Node runs on its " +
      'thread pool at ~0.2 ms of CPU a call; integrations/inThreadDigest.ts answers it on the calling thread during the build. ' +
      'Same digests whatever Astro does; if Astro stops calling it, the integration only stops saving time.',
    upstream: 'generateCspDigest in packages/astro/src/core/encryption.ts (no issue filed yet)',
    file: 'dist/core/encryption.js',
    expect: 'await crypto.subtle.digest(algorithm, encoder.encode(data))',
  },
];

/** Messages for every reliance that the installed Astro no longer satisfies (empty when all hold). */
export async function astroInternalsChanged(): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const astroRoot = dirname(require.resolve('astro/package.json'));
  const { version } = JSON.parse(await readFile(join(astroRoot, 'package.json'), 'utf8')) as { version: string };
  const problems: string[] = [];
  if (version !== CHECKED_ASTRO_VERSION) {
    problems.push(`Astro changed version (${CHECKED_ASTRO_VERSION} -> ${version}); recheck each entry in site/src/astroInternals.ts and the patch in site/patches/`);
  }
  for (const internal of astroInternals) {
    const text = await readFile(join(astroRoot, internal.file), 'utf8').catch(() => '');
    const expected = typeof internal.expect === 'string' ? [internal.expect] : internal.expect;
    if (!expected.every((part) => text.includes(part))) {
      problems.push(`Astro changed ${internal.file} (${internal.name}); see site/src/astroInternals.ts: ${internal.why}`);
    }
  }
  return problems;
}
