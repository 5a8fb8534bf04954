import { Worker } from 'node:worker_threads';
import type { DrawnShareCards } from './drawShareCards.ts';
import type { ShareCardSpec } from './shareCards.ts';

/** Draws the cards missing from the cache `folder` in a worker thread (shareCardWorker.ts). */
export function drawShareCardsInWorker(cards: ShareCardSpec[], folder: string): Promise<DrawnShareCards> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shareCardWorker.ts', import.meta.url), { workerData: { cards, folder } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`Share cards: the worker stopped (exit code ${code}) before it finished`)),
    );
  });
}
