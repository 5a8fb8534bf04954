import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/searchRecords.ts';

/** Records in flight to Pagefind's process at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

const failOn = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`Search index: ${what}: ${errors.join('; ')}`);
};

/**
 * The Pagefind search index through its Node API: one record per searchable page (searchRecords.ts),
 * indexed and written by Pagefind's own process, so it runs beside Astro's rendering.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ addMs: number; writeMs: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    for (let i = 0; i < records.length; i += IN_FLIGHT) {
      await Promise.all(records.slice(i, i + IN_FLIGHT).map(async (record) => failOn(record.url, (await index.addCustomRecord(record)).errors)));
    }
    const added = performance.now();
    failOn('writing', (await index.writeFiles({ outputPath })).errors);
    return { addMs: added - started, writeMs: performance.now() - added };
  } finally {
    await pagefind.close();
  }
}
