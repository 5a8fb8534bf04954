import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { exportRoot } from '@frm/content';
import { localDatasetPath } from '../content/loadSiteContent.ts';

/** Images of the embedded export as ImageMetadata, keyed by their export path (`images/<file>`). */
export const LOCAL_IMAGES_MODULE = 'virtual:frm/local-images';
const resolvedId = `\0${LOCAL_IMAGES_MODULE}`;

/**
 * Astro's image pipeline needs ImageMetadata, which it gives to an imported image file. The
 * embedded export's images live outside the project, so this module imports each of them (an
 * ordinary Vite import, handled by Astro's public image import support): pages look them up by
 * `asset.src` (see content/localAssets.ts) and render them with <Image>. On the Content Lake
 * the map is empty and images come from Sanity's CDN.
 */
export async function localImagesModule(siteRoot: URL): Promise<string> {
  const dataset = localDatasetPath(siteRoot);
  const folder = dataset ? join(await exportRoot(dataset), 'images') : undefined;
  const files = folder ? (await readdir(folder).catch(() => [] as string[])).sort() : [];
  const imports = files.map((file, index) => `import image${index} from ${JSON.stringify(join(folder!, file))};`);
  const entries = files.map((file, index) => `[${JSON.stringify(`images/${file}`)}, image${index}]`);
  return `${imports.join('\n')}\nexport default new Map([${entries.join(', ')}]);\n`;
}

/** Serves LOCAL_IMAGES_MODULE to the build (a Vite plugin through Astro's public config hook). */
export function localImages(): AstroIntegration {
  return {
    name: 'frm-local-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'frm-local-images',
                resolveId: (id: string) => (id === LOCAL_IMAGES_MODULE ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? localImagesModule(config.root) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
