import type { Loader } from 'astro/loaders';
import { loadSiteContent, type LoadedSiteContent } from './loadSiteContent.ts';

type Entry = { id: string; data: Record<string, unknown> };

/** An Astro content loader that fills one collection from the shared bulk load. */
export function siteContentLoader(name: string, toEntries: (loaded: LoadedSiteContent) => Entry[]): Loader {
  return {
    name: `frm-${name}`,
    async load({ store, config, logger }) {
      const loaded = await loadSiteContent(config.root, (message) => logger.warn(message));
      const entries = toEntries(loaded);
      store.clear();
      // Already validated by loadContent against the same models; no second parse per entry.
      // filePath lets Astro resolve the embedded export's images (`src`) relative to the export.
      for (const entry of entries) store.set(loaded.importer ? { ...entry, filePath: loaded.importer } : entry);
      logger.info(`${entries.length} from ${loaded.source.description}`);
    },
  };
}
