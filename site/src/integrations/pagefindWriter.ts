import { Worker } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/searchRecords.ts';

type Report = { timing: { addMs: number; writeMs: number } } | { error: string };

/**
 * The Pagefind search index, indexed and written by Pagefind's own process, driven from a worker
 * thread (pagefindWorker.mjs). Each record is a request to that process and each answer must be
 * read before more are sent; on the main thread both would wait for its event loop, which page
 * rendering keeps busy for seconds at a time, and Pagefind would sit idle beside the rendering.
 */
export function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ addMs: number; writeMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefindWorker.mjs', import.meta.url), { workerData: { frmSearchIndex: { records, outputPath } } });
    let reported = false;
    worker.once('message', (report: Report) => {
      reported = true;
      if ('timing' in report) resolve(report.timing);
      else reject(new Error(report.error));
    });
    worker.once('error', (error) => {
      reported = true;
      reject(new Error(`Search index: the Pagefind thread failed: ${error.message}`));
    });
    // Pagefind's process can end without answering (a panic, which it prints to stderr): nothing
    // is left to wait for, and the thread ends without a report.
    worker.once('exit', (code) => {
      if (!reported) reject(new Error(`Search index: Pagefind stopped before the index was written (its own message is printed above; thread exit code ${code})`));
    });
  });
}
