export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  /** First back-off delay; doubles on each attempt. */
  baseDelayMs: number;
  /** Upper bound for any one wait, including a server's Retry-After. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

const defaults: RetryOptions = {
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface HttpLikeError {
  statusCode?: number;
  response?: { headers?: Record<string, string | string[] | undefined> };
  code?: string;
  name?: string;
}

/** 429, 5xx, timeouts and dropped connections may pass; anything else will not. */
export function isRetryable(error: unknown): boolean {
  const e = error as HttpLikeError;
  if (typeof e?.statusCode === 'number') return e.statusCode === 429 || e.statusCode >= 500;
  return (
    ['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET'].includes(e?.code ?? '') ||
    e?.name === 'TimeoutError'
  );
}

/** Seconds or HTTP-date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const header = (error as HttpLikeError)?.response?.headers?.['retry-after'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function withRetries<T>(run: () => Promise<T>, options: Partial<RetryOptions> = {}): Promise<T> {
  const { retries, baseDelayMs, maxDelayMs, sleep } = { ...defaults, ...options };
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      const backoff = baseDelayMs * 2 ** attempt;
      await sleep(Math.min(maxDelayMs, retryAfterMs(error) ?? backoff));
    }
  }
}
