import { describe, expect, it } from 'vitest';
import { isRetryable, retryAfterMs, withRetries } from './retries.ts';

const httpError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${statusCode}`), {
    statusCode,
    response: { headers: retryAfter ? { 'retry-after': retryAfter } : {} },
  });

describe('withRetries', () => {
  it('retries 429 and 5xx with doubling delays, honouring Retry-After', async () => {
    const waits: number[] = [];
    const failures = [httpError(429, '2'), httpError(503), httpError(500)];
    const result = await withRetries(
      async () => {
        const next = failures.shift();
        if (next) throw next;
        return 'ok';
      },
      { baseDelayMs: 100, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([2000, 200, 400]);
  });

  it('gives up after the last retry with the last error', async () => {
    let calls = 0;
    const run = () => {
      calls += 1;
      return Promise.reject(httpError(500));
    };
    await expect(withRetries(run, { retries: 3, sleep: async () => {} })).rejects.toThrow('HTTP 500');
    expect(calls).toBe(4);
  });

  it('never retries a refused token or a missing dataset', async () => {
    for (const status of [401, 403, 404]) {
      let calls = 0;
      await expect(
        withRetries(
          () => {
            calls += 1;
            return Promise.reject(httpError(status));
          },
          { sleep: async () => {} },
        ),
      ).rejects.toThrow();
      expect(calls).toBe(1);
    }
  });

  it('caps any wait at maxDelayMs', async () => {
    const waits: number[] = [];
    let first = true;
    await withRetries(
      async () => {
        if (first) {
          first = false;
          throw httpError(429, '3600');
        }
      },
      { maxDelayMs: 5000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([5000]);
  });
});

describe('retry helpers', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs(httpError(429, '7'))).toBe(7000);
    expect(
      retryAfterMs(httpError(429, 'Wed, 25 Nov 2026 10:00:05 GMT'), Date.parse('Wed, 25 Nov 2026 10:00:00 GMT')),
    ).toBe(5000);
    expect(retryAfterMs(httpError(429, 'soon'))).toBeUndefined();
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });

  it('treats timeouts and dropped connections as passing faults', () => {
    expect(isRetryable(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryable(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isRetryable(new SyntaxError('Unexpected end of JSON input'))).toBe(false);
  });
});
