import type { Loader } from 'astro/loaders';
import type { SiteContent } from '@frm/content';
import { loadSiteContent } from './loadSiteContent.ts';

type Entry = { id: string; data: Record<string, unknown> };

/** An Astro content loader that fills one collection from the shared bulk load. */
export function siteContentLoader(name: string, toEntries: (content: SiteContent) => Entry[]): Loader {
  return {
    name: `frm-${name}`,
    async load({ store, config, logger }) {
      const { content, source } = await loadSiteContent(config.root);
      const entries = toEntries(content);
      store.clear();
      // Already validated by loadContent against the same models; no second parse per entry.
      for (const entry of entries) store.set(entry);
      logger.info(`${entries.length} from ${source.description}`);
    },
  };
}
