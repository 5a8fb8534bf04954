import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readDatasetExport, type SanityDocumentLike } from '@frm/content';
import { evaluate, parse } from 'groq-js';

/**
 * A stand-in for the Sanity Content Lake query API on 127.0.0.1, answering
 * `GET /v<apiVersion>/data/query/<dataset>?query=...&$param=<json>` from a dataset export with groq-js,
 * so tests run the real @sanity/client without the internet.
 */
export interface ContentLakeServerOptions {
  /** Dataset export (folder or .tar.gz) to serve. */
  exportPath: string;
  /** Dataset name in the URL; other names answer 404 like the real API. */
  dataset?: string;
  /** Port on 127.0.0.1; default: any free port. */
  port?: number;
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * Lets a test inject faults: return true when it has answered the request itself.
   * Called with the running count of query requests (1-based).
   */
  intercept?: (request: IncomingMessage, response: ServerResponse, count: number) => boolean | Promise<boolean>;
}

export interface RunningContentLakeServer {
  /** `http://127.0.0.1:<port>`, to pass as the client's apiHost. */
  url: string;
  /** Query requests received so far. */
  requests: () => number;
  close: () => Promise<void>;
}

const isPublishedId = (id: string) => !id.startsWith('drafts.') && !id.startsWith('versions.');

export async function startContentLakeServer(options: ContentLakeServerOptions): Promise<RunningContentLakeServer> {
  const { documents } = await readDatasetExport(options.exportPath);
  const datasetName = options.dataset ?? 'production';
  let count = 0;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, { error: 'Internal error', message: (error as Error).message });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/v([\w-]+)\/data\/query\/([\w-]+)$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) {
      send(response, 404, { error: 'Not Found', message: `No route for ${request.method} ${url.pathname}` });
      return;
    }
    count += 1;
    if (options.intercept && (await options.intercept(request, response, count))) return;
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      send(response, 401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 });
      return;
    }
    if (match[2] !== datasetName) {
      send(response, 404, { error: 'Not Found', message: `Dataset "${match[2]}" not found`, statusCode: 404 });
      return;
    }
    const query = url.searchParams.get('query');
    if (!query) {
      send(response, 400, { error: 'Bad Request', message: 'Missing query' });
      return;
    }
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) {
      if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
    }
    const perspective = url.searchParams.get('perspective') ?? 'raw';
    const visible: SanityDocumentLike[] = perspective === 'published' ? documents.filter((d) => isPublishedId(d._id)) : documents;
    const started = performance.now();
    const result = await (await evaluate(parse(query), { dataset: visible, params })).get();
    send(response, 200, { query, result, ms: Math.round(performance.now() - started) });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
