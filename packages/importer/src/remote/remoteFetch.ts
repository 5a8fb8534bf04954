/*
 * How the importer reaches other hosts (audio, artwork, transcripts): a few requests at a time,
 * each with a timeout, and again after a network failure, a timeout or a 5xx answer; a 4xx answer
 * is final. The caller reports what still fails; nothing is dropped for it.
 */

export interface RemoteOptions {
  fetch?: typeof fetch;
  /** Downloads and measurements at once (default 4: polite to one podcast host). */
  concurrency?: number;
  /** Time allowed for one request, its body included (default 30 s). */
  timeoutMs?: number;
  /** Tries per request (default 3). */
  attempts?: number;
}

export type RemoteFetch = (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>;

export interface Remote {
  fetch: RemoteFetch;
  /** Runs a task (a download, a measurement) when one of the `concurrency` slots is free. */
  run: <T>(task: () => Promise<T>) => Promise<T>;
}

export function remote(options: RemoteOptions = {}): Remote {
  const { fetch: fetchImpl = fetch, concurrency = 4, timeoutMs = 30_000, attempts = 3 } = options;
  const once = async (url: string, headers: Record<string, string>): Promise<Response> => {
    try {
      return await fetchImpl(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const cause = (error as Error).cause as Error | undefined;
      throw new Error(
        timedOut
          ? `no answer within ${timeoutMs / 1000} s`
          : `could not connect: ${cause?.message ?? (error as Error).message}`,
        { cause: error },
      );
    }
  };
  const fetchWithRetry: RemoteFetch = async (url, init = {}) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await once(url, init.headers ?? {});
        if (response.status < 500 || attempt >= attempts) return response;
        await response.body?.cancel().catch(() => undefined);
      } catch (error) {
        if (attempt >= attempts) throw new Error(`${(error as Error).message} (${attempts} tries)`, { cause: error });
      }
    }
  };
  return { fetch: fetchWithRetry, run: limit(concurrency) };
}

/** Runs at most `concurrency` of the given tasks at once. */
export function limit(concurrency: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
