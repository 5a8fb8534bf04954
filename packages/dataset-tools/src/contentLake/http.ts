import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** An error in the shape the Content Lake answers, which @sanity/client turns into a ClientError with `description` as message. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, body: Record<string, unknown>) {
    super(
      typeof body.error === 'object' && body.error && 'description' in body.error
        ? String(body.error.description)
        : String(body.message ?? body.error),
    );
    this.status = status;
    this.body = body;
  }
}

export const apiError = (status: number, type: string, description: string, extra: Record<string, unknown> = {}) =>
  new ApiError(status, { error: { description, type, ...extra } });

export async function readBody(request: IncomingMessage, limitBytes = 64 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes)
      throw new ApiError(413, {
        error: 'Payload Too Large',
        message: `Request body larger than ${limitBytes} bytes`,
        statusCode: 413,
      });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(request)).toString('utf8');
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ApiError(400, { error: 'Bad Request', message: 'Request body is not a JSON object', statusCode: 400 });
}

export const bearerToken = (request: IncomingMessage): string | undefined =>
  /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];

/** `true`/`false` query flags as the API reads them. */
export const flag = (search: URLSearchParams, name: string, fallback: boolean): boolean => {
  const value = search.get(name);
  return value === null ? fallback : value === 'true' || value === '1' || value === '';
};
