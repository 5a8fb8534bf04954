import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { drawShareCards } from './drawShareCards.ts';
import type { ShareCardSpec } from './shareCards.ts';

/*
 * Draws the build's share cards in a worker thread (drawShareCardsInWorker): beside the build,
 * on the machine's other core, and in a small heap of its own. Each card allocates a few megabytes
 * of buffers; in the build's large heap they made V8 collect garbage over and over.
 * Run by Node from source (type stripping), so it imports nothing that only Vite understands.
 * An error ends the worker, and the build hears of it through the worker's error event.
 */
// Beside the build, not ahead of it: this thread at the lowest priority, so it takes the CPU
// time the build leaves. Linux keeps a priority per thread, named by /proc/thread-self; other
// systems draw at normal priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Not Linux: no such file.
}

const { cards, folder } = workerData as { cards: ShareCardSpec[]; folder: string };
parentPort!.postMessage(await drawShareCards(cards, folder));
