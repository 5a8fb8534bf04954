import type { APIRoute } from 'astro';
import { isDraftMode } from '../draftMode.ts';
import { onLakeChange } from '../lakeChanges.ts';

export const prerender = false;

/**
 * Server-sent events for open draft-mode pages: "change" whenever the Content Lake changes, so the
 * page reloads its content (no document data is sent; the page asks for itself with its cookie).
 */
export const GET: APIRoute = ({ cookies, request }) => {
  if (!isDraftMode(cookies)) return new Response('Draft mode only', { status: 401 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send('retry: 1000\n: connected\n\n');
      const off = onLakeChange(() => send('data: change\n\n'));
      const ping = setInterval(() => send(': ping\n\n'), 20_000);
      stop = () => {
        off();
        clearInterval(ping);
      };
      request.signal.addEventListener('abort', () => {
        stop();
        // The stream may already be cancelled by the reader going away.
        try {
          controller.close();
        } catch {
          // Already closed: nothing to do.
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' },
  });
};
