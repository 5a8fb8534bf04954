import type { Loader, LoaderContext } from 'astro/loaders';
import {
  loadSiteContent,
  registerSiteCollection,
  siteCollectionDone,
  type LoadedSiteContent,
} from './loadSiteContent.ts';

type Entry = { id: string; data: Record<string, unknown> };

// When the first collection started loading: each collection logs how long the content step has
// taken so far, so the last line is the step's time (the benchmark reads it), and the process's
// CPU time meanwhile (steadier than the wall time on a busy machine).
let syncStarted: { at: number; cpu: NodeJS.CpuUsage } | undefined;
const elapsed = () => {
  const cpu = process.cpuUsage(syncStarted?.cpu);
  return `${Math.round(performance.now() - (syncStarted?.at ?? 0))} ms, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms`;
};

/** An Astro content loader that fills one collection from the shared bulk load. */
export function siteContentLoader(name: string, toEntries: (loaded: LoadedSiteContent) => Entry[]): Loader {
  registerSiteCollection();
  return {
    name: `frm-${name}`,
    async load(context) {
      syncStarted ??= { at: performance.now(), cpu: process.cpuUsage() };
      try {
        await fill(context);
      } finally {
        if (siteCollectionDone()) syncStarted = undefined;
      }
    },
  };

  /** Every build loads everything: entries no longer in the content are deleted from the store. */
  async function fill({ store, config, logger, generateDigest }: LoaderContext): Promise<void> {
    const loaded = await loadSiteContent(config.root, (message) => logger.warn(message));
    const entries = toEntries(loaded);
    // Already validated by loadContent against the same models; no second parse per entry.
    // Each entry carries a digest of its data, so unchanged entries are not rewritten; an empty
    // store (a cold build) has nothing to compare with, and hashing every entry would cost time.
    const compare = store.keys().length > 0;
    const ids = new Set<string>();
    let changed = 0;
    for (const entry of entries) {
      ids.add(entry.id);
      if (store.set(compare ? { ...entry, digest: generateDigest(entry.data) } : entry)) changed++;
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    logger.info(`${entries.length} from ${loaded.description} (${changed} new or changed; content step ${elapsed()})`);
  }
}
