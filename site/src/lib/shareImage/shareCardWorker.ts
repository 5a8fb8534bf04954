import { parentPort } from 'node:worker_threads';
import { renderShareCard, type ShareCardInput } from './shareCard.ts';

/*
 * Draws share cards in a worker thread (shareCardRenderer.ts): off the build's main thread, on the
 * machine's other core, and in a small heap of its own. Each card allocates a few megabytes of
 * buffers; in the build's large heap they made V8 collect garbage over and over.
 * Run by Node from source (type stripping), so it imports nothing that only Vite understands.
 */
parentPort!.on('message', ({ id, input }: { id: number; input: ShareCardInput }) => {
  renderShareCard({ ...input, art: input.art && Buffer.from(input.art) }).then(
    (png) => parentPort!.postMessage({ id, png }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
