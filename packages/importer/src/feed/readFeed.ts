import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FeedError } from './feedError.ts';

export interface FeedText {
  xml: string;
  /** The path or URL, for messages. */
  source: string;
  /** Folder of a local feed: `podcast:chapters` files next to it are read from here. */
  localDir: string | null;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Reads a feed from a file (relative to `cwd`) or an http(s) URL. */
export async function readFeed(input: string, cwd = process.cwd(), fetchImpl: typeof fetch = fetch): Promise<FeedText> {
  if (isUrl(input)) {
    let response: Response;
    try {
      response = await fetchImpl(input, {
        headers: { accept: 'application/rss+xml, application/xml;q=0.9, */*;q=0.5' },
        redirect: 'follow',
      });
    } catch (error) {
      throw new FeedError(`Could not download ${input}: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new FeedError(`Could not download ${input}: HTTP ${response.status} ${response.statusText}`);
    return { xml: await response.text(), source: input, localDir: null };
  }
  const path = resolve(cwd, input);
  try {
    return { xml: await readFile(path, 'utf8'), source: path, localDir: dirname(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FeedError(`Feed file not found: ${path}`);
    if (code === 'EISDIR') throw new FeedError(`${path} is a folder, not a feed file`);
    throw new FeedError(`Could not read ${path}: ${(error as Error).message}`);
  }
}
