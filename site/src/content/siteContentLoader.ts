import type { Loader, LoaderContext } from 'astro/loaders';
import { documentCollections, type DocumentCollection } from '@frm/content';
import { buildTime, contentFingerprint, loadAllSiteContent, loadSiteContent, registerSiteCollection, siteCollectionDone, type LoadedSiteContent } from './loadSiteContent.ts';

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

  async function fill({ store, meta, config, logger, generateDigest }: LoaderContext): Promise<void> {
    // Rebuild from the same embedded export with the same code, before anything scheduled
    // goes live: the collection in Astro's data store is still right, so it is kept as is.
    const stored = meta.get('fingerprint');
    const validUntil = meta.get('validUntil');
    const loadedAt = meta.get('loadedAt');
    const now = buildTime().getTime();
    // Kept only between the last load's "now" and the next scheduled document: an earlier
    // BUILD_TIME must not see what was published after it.
    const stillValid = loadedAt !== undefined && now >= Date.parse(loadedAt) && (!validUntil || now < Date.parse(validUntil));
    // Only a store left by an earlier build is worth a fingerprint before loading: a cold build
    // takes it from the load itself, which hashed the export as it read it.
    if (stored && stillValid && (await contentFingerprint(config.root)) === stored) {
      logger.info(`unchanged since the last build: kept ${store.keys().length} (content step ${elapsed()})`);
      return;
    }
    const warn = (message: string) => logger.warn(message);
    let loaded = await loadSiteContent(config.root, warn, { cacheDir: config.cacheDir, generation: meta.get('index') });
    // A rebuild's changes apply to the store the saved index describes; another store gets everything.
    if (loaded.changes && meta.get('index') !== loaded.changes.previousGeneration) loaded = await loadAllSiteContent(config.root, warn, config.cacheDir);
    if (loaded.fullLoadReason) logger.info(`loading everything: ${loaded.fullLoadReason}`);
    const fingerprint = await contentFingerprint(config.root, loaded);
    const entries = toEntries(loaded);
    // Only the recomputed entries of a rebuild: the others stay as stored.
    const partial = loaded.changes && (documentCollections as readonly string[]).includes(name);
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
    if (partial) {
      for (const id of loaded.changes!.removed[name as DocumentCollection]) {
        if (ids.has(id) || !store.has(id)) continue;
        store.delete(id);
        changed++;
      }
    } else {
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    }
    if (fingerprint) meta.set('fingerprint', fingerprint);
    else meta.delete('fingerprint');
    if (loaded.generation) meta.set('index', loaded.generation);
    else meta.delete('index');
    meta.set('validUntil', loaded.validUntil ?? '');
    meta.set('loadedAt', buildTime().toISOString());
    const what = partial ? `${entries.length} recomputed after ${loaded.changes!.changedDocuments} changed documents, ${store.keys().length} in all` : `${entries.length}`;
    logger.info(`${what} from ${loaded.description} (${changed} new or changed; content step ${elapsed()})`);
  }
}
