// @ts-check
/*
 * The Pagefind search index through its Node API, run on a worker thread by pagefindWriter.ts.
 * Plain JavaScript, so Node can start it as a worker without TypeScript support (Node 22.12+).
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** Records in flight to Pagefind's process at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/** @type {(what: string, errors: string[]) => void} */
const failOn = (what, errors) => {
  if (errors.length) throw new Error(`Search index: ${what}: ${errors.join('; ')}`);
};

/**
 * Indexes one record per searchable page (searchRecords.ts) and writes the index to `outputPath`,
 * both done by Pagefind's own process.
 * @param {ReadonlyArray<import('pagefind').CustomRecord>} records
 * @param {string} outputPath
 * @returns {Promise<{ addMs: number; writeMs: number }>}
 */
async function indexAndWrite(records, outputPath) {
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

const job = /** @type {{ frmSearchIndex?: { records: import('pagefind').CustomRecord[]; outputPath: string } } | null} */ (workerData);
if (parentPort && job?.frmSearchIndex) {
  const port = parentPort;
  const { records, outputPath } = job.frmSearchIndex;
  indexAndWrite(records, outputPath).then(
    (timing) => port.postMessage({ timing }),
    (error) => {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ error: message.startsWith('Search index: ') ? message : `Search index: Pagefind: ${message}` });
    },
  );
}
