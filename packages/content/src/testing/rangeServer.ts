import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local HTTP server (127.0.0.1, random port) for tests of code that reads remote audio and
 * images: it answers Range requests as hosts and CDNs do (206 with Content-Range), or, per file,
 * ignores Range (200 with the whole file), fails, fails a few times first, or never answers.
 */

export interface ServedFile {
  bytes: Uint8Array;
  type: string;
  /** 'range' (default), 'ignore-range', 'fail' (HTTP 500) or 'hang' (headers never sent). */
  behaviour?: 'range' | 'ignore-range' | 'fail' | 'hang';
  /** Answer HTTP 503 to this many requests before serving the file. */
  failFirst?: number;
}

export interface RangeServer {
  origin: string;
  url: (path: string) => string;
  /** Every request: its path and Range header. */
  requests: Array<{ path: string; range: string | undefined }>;
  /** Bytes of file content sent, per path. */
  bytesSent: Map<string, number>;
  close: () => Promise<void>;
}

export async function startRangeServer(files: Record<string, ServedFile>): Promise<RangeServer> {
  const requests: RangeServer['requests'] = [];
  const bytesSent = new Map<string, number>();
  const failures = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const send = (
    response: ServerResponse,
    path: string,
    status: number,
    headers: Record<string, string | number>,
    body: Uint8Array,
  ) => {
    bytesSent.set(path, (bytesSent.get(path) ?? 0) + body.length);
    response.writeHead(status, headers).end(body);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push({ path, range: request.headers.range });
    const file = files[path];
    if (!file) return void response.writeHead(404).end('not found');
    const failed = failures.get(path) ?? 0;
    if (file.failFirst && failed < file.failFirst) {
      failures.set(path, failed + 1);
      return void response.writeHead(503).end('busy');
    }
    if (file.behaviour === 'fail') return void response.writeHead(500).end('broken');
    if (file.behaviour === 'hang') return void hanging.add(response);
    const { bytes, type } = file;
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    if (!range || file.behaviour === 'ignore-range')
      return send(response, path, 200, { 'content-type': type, 'content-length': bytes.length }, bytes);
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
    if (start >= bytes.length)
      return void response.writeHead(416, { 'content-range': `bytes */${bytes.length}` }).end();
    const body = bytes.subarray(start, end + 1);
    send(
      response,
      path,
      206,
      {
        'content-type': type,
        'content-length': body.length,
        'content-range': `bytes ${start}-${end}/${bytes.length}`,
        'accept-ranges': 'bytes',
      },
      body,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    bytesSent,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
