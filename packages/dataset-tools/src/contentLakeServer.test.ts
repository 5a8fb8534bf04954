import { afterEach, describe, expect, it } from 'vitest';
import { contentQueries, createContentLakeSource, createEmbeddedSource, DEFAULT_API_VERSION, loadContent, type ContentLakeConfig } from '@frm/content';
import { seedDatasetPath } from './seedDatasetPath.ts';
import { startContentLakeServer, type ContentLakeServerOptions, type RunningContentLakeServer } from './contentLakeServer.ts';

const params = { now: '2026-11-01T00:00:00.000Z' };
let server: RunningContentLakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function lake(options: Partial<ContentLakeServerOptions> = {}, config: Partial<ContentLakeConfig> = {}) {
  server = await startContentLakeServer({ exportPath: seedDatasetPath, ...options });
  return createContentLakeSource({
    projectId: 'frmtest',
    dataset: 'production',
    apiVersion: DEFAULT_API_VERSION,
    apiHost: server.url,
    retry: { baseDelayMs: 1, sleep: async () => {} },
    ...config,
  });
}

describe('embedded source and Content Lake source', () => {
  it('answer every query identically on the seed dataset', async () => {
    const embedded = await createEmbeddedSource(seedDatasetPath);
    const contentLake = await lake();
    for (const [name, query] of Object.entries(contentQueries)) {
      const [a, b] = await Promise.all([embedded.fetch(query, params), contentLake.fetch(query, params)]);
      expect(b, name).toEqual(a);
      expect(a, `${name} returns content`).not.toEqual([]);
    }
  });

  it('load the same validated content', async () => {
    const now = new Date(params.now);
    const [a, b] = await Promise.all([loadContent(await createEmbeddedSource(seedDatasetPath), { now }), loadContent(await lake(), { now })]);
    expect(b).toEqual(a);
    expect(a.posts.length).toBeGreaterThanOrEqual(7);
  });
});

describe('Content Lake faults', () => {
  it('retries a 429 after the Retry-After the server asked for', async () => {
    const source = await lake({
      intercept: (_req, res, count) => {
        if (count > 1) return false;
        res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":"Too Many Requests"}');
        return true;
      },
    });
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
    expect(server?.requests()).toBe(2);
  });

  it('gives up on a server that fails forever, with a clear message', async () => {
    const source = await lake(
      {
        intercept: (_req, res) => {
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal"}');
          return true;
        },
      },
      { retry: { retries: 3, baseDelayMs: 1, sleep: async () => {} } },
    );
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(/kept failing \(HTTP 500\) after every retry/);
    expect(server?.requests()).toBe(4);
  });

  it('times out a slow answer and retries it', async () => {
    const source = await lake(
      {
        intercept: async (_req, res, count) => {
          if (count > 1) return false;
          await new Promise((resolve) => setTimeout(resolve, 1500));
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":[]}');
          return true;
        },
      },
      { timeoutMs: 300 },
    );
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
    expect(server?.requests()).toBe(2);
  });

  it('reports a truncated body as invalid JSON', async () => {
    const source = await lake({
      intercept: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":[{"_id":"topic-marr');
        return true;
      },
    });
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(/not valid JSON/);
  });

  it('reports a refused token without printing it', async () => {
    const source = await lake({ token: 'right-token' }, { token: 'wrong-token-marker-5f1c' });
    const error = (await source.fetch(contentQueries.topics, params).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/refused the read token \(HTTP 401\).*SANITY_API_READ_TOKEN/);
    expect(error.message).not.toContain('wrong-token-marker-5f1c');
  });

  it('reads with the right token', async () => {
    const source = await lake({ token: 'right-token' }, { token: 'right-token' });
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
  });

  it('reports a missing dataset', async () => {
    const source = await lake({}, { dataset: 'staging' });
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(/dataset was not found.*SANITY_DATASET/);
  });
});
