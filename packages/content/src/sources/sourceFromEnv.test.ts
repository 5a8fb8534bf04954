import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentLakeSource } from './contentLakeSource.ts';
import { contentSourceFromEnv, perspectiveFromEnv } from './sourceFromEnv.ts';

// A local stand-in for the Content Lake query endpoint: records each request, answers an empty result.
const requests: { url: string; authorization: string | undefined }[] = [];
const server = createServer((request: IncomingMessage, response) => {
  requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ result: [], ms: 1 }));
});
let apiHost = '';
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('SANITY_PERSPECTIVE', () => {
  it('defaults to published', () => {
    expect(perspectiveFromEnv({})).toBe('published');
    expect(perspectiveFromEnv({ SANITY_PERSPECTIVE: ' ' })).toBe('published');
    expect(perspectiveFromEnv({ SANITY_PERSPECTIVE: 'published' })).toBe('published');
  });

  it('accepts drafts with a project and a read token', () => {
    expect(perspectiveFromEnv({ SANITY_PERSPECTIVE: 'drafts', SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'sk-test' })).toBe('drafts');
  });

  it('explains what drafts preview is missing', () => {
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'drafts', SANITY_PROJECT_ID: 'abc123' })).toThrow(/needs SANITY_API_READ_TOKEN/);
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'drafts' })).toThrow(/needs SANITY_PROJECT_ID and SANITY_API_READ_TOKEN/);
  });

  it('rejects unknown perspectives', () => {
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'raw' })).toThrow(/SANITY_PERSPECTIVE="raw": is not supported/);
  });

  it('does not silently fall back to the embedded dataset for drafts', async () => {
    await expect(contentSourceFromEnv({ SANITY_PERSPECTIVE: 'drafts' }, '/nonexistent')).rejects.toThrow(/SANITY_PROJECT_ID/);
  });

  it('queries the Content Lake with perspective=drafts and the token', async () => {
    const source = await contentSourceFromEnv(
      { SANITY_PERSPECTIVE: 'drafts', SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'sk-test', SANITY_API_HOST: apiHost },
      '/nonexistent',
    );
    expect(source.description).toContain('(drafts)');
    requests.length = 0;
    await expect(source.fetch('*[_type == "post"]', {})).resolves.toEqual([]);
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]!.url, apiHost);
    expect(url.searchParams.get('perspective')).toBe('drafts');
    expect(requests[0]!.authorization).toBe('Bearer sk-test');
  });

  it('keeps the published perspective for ordinary builds', async () => {
    const source = await contentSourceFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: apiHost }, '/nonexistent');
    requests.length = 0;
    await source.fetch('*[_type == "post"]', {});
    expect(new URL(requests[0]!.url, apiHost).searchParams.get('perspective')).toBe('published');
    expect(requests[0]!.authorization).toBeUndefined();
  });

  it('the Content Lake source itself refuses drafts without a token', () => {
    expect(() => createContentLakeSource({ projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19', perspective: 'drafts' })).toThrow(
      /needs a read token/,
    );
  });
});
