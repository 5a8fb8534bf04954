import type { ServerResponse } from 'node:http';

export interface EventStream {
  send(event: string, data: unknown, id?: string): void;
  /** Runs when the client goes away or the stream is closed. */
  onClose(cleanup: () => void): void;
  close(): void;
}

/** A Server-Sent Events response, as the `eventsource` package inside @sanity/client reads it. */
export function openEventStream(response: ServerResponse): EventStream {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  response.flushHeaders();
  const cleanups: Array<() => void> = [];
  let closed = false;
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  keepAlive.unref();
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    for (const cleanup of cleanups) cleanup();
  };
  response.on('close', finish);
  return {
    send(event, data, id) {
      if (closed) return;
      response.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
    close() {
      finish();
      response.end();
    },
  };
}
