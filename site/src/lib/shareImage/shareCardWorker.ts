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
const { cards, folder } = workerData as { cards: ShareCardSpec[]; folder: string };
parentPort!.postMessage(await drawShareCards(cards, folder));
