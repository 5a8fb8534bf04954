import { Worker } from 'node:worker_threads';
import type { ShareCardInput } from './shareCard.ts';

/** The worker's answer: the card's PNG, or why it could not be drawn. */
interface Reply {
  id: number;
  png?: Uint8Array;
  error?: string;
}

/**
 * Draws share cards in one worker thread running `workerFile` (shareCardWorker.ts), started on the
 * first card. It keeps the process alive only while cards are being drawn.
 */
export function shareCardRenderer(workerFile: string | URL): (input: ShareCardInput) => Promise<Buffer> {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();

  const start = () => {
    const started = new Worker(workerFile);
    started.on('message', ({ id, png, error }: Reply) => {
      const request = waiting.get(id)!;
      waiting.delete(id);
      if (waiting.size === 0) started.unref();
      if (png) request.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else request.reject(new Error(`Share card: ${error}`));
    });
    // A worker that failed (it could not start, or crashed) fails its cards; the next card starts a new one.
    const fail = (error: Error) => {
      if (worker !== started) return;
      worker = undefined;
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`Share card: the worker stopped (exit code ${code})`)));
    return started;
  };

  return (input) =>
    new Promise<Buffer>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, input });
    });
}
