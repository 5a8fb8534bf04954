import { createClient, type SanityClient } from '@sanity/client';
import { DEFAULT_API_VERSION, readEnv } from '@frm/content/env';
import { withKeys, type SeedDocument } from '@frm/content/documentKeys';

/*
 * Writes imported documents to a Sanity dataset in transactions of at most `batchSize` mutations.
 * Episodes and posts use createOrReplace (their ids come from GUIDs and file names, so a re-run
 * updates them); the show settings singleton is created if missing and then patched with the
 * imported fields only, so artwork uploaded in the studio and the "Listen on" links stay.
 */

export interface ContentLakeTarget {
  projectId: string;
  dataset: string;
  token: string;
  apiVersion?: string;
  /** For tests: a local server, e.g. http://127.0.0.1:1234 (then no project hostname is used). */
  apiHost?: string;
}

export interface ContentLakeWrite {
  documents: SeedDocument[];
  mergeDocuments?: SeedDocument[];
}

export const DEFAULT_BATCH_SIZE = 100;

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): ContentLakeTarget {
  const { projectId, dataset, apiVersion, writeToken, apiHost } = readEnv(env).sanity;
  if (!projectId || !writeToken) {
    const missing = [!projectId && 'SANITY_PROJECT_ID', !writeToken && 'SANITY_API_WRITE_TOKEN'].filter(Boolean);
    throw new Error(
      `--to-content-lake needs ${missing.join(' and ')} in the environment (and SANITY_DATASET, default "production")`,
    );
  }
  // apiHost: the same override the site build reads (a local Content Lake stand-in).
  return { projectId, dataset, token: writeToken, apiVersion, ...(apiHost ? { apiHost } : {}) };
}

/**
 * A transaction the Content Lake refused. The ones before it are committed and stay; the message
 * says how far the import got and that running the same command again finishes it: every document
 * is written with its stable id (createOrReplace, and an idempotent patch for the show settings),
 * so nothing is duplicated and nothing already written is lost.
 */
export class ContentLakeWriteError extends Error {
  readonly committedTransactions: number;
  readonly committedDocuments: number;
  constructor(message: string, committedTransactions: number, committedDocuments: number) {
    super(message);
    this.name = 'ContentLakeWriteError';
    this.committedTransactions = committedTransactions;
    this.committedDocuments = committedDocuments;
  }
}

/** The Content Lake's reason, in words that say what to fix. */
function refusal(error: unknown): string {
  const { statusCode, message } = error as { statusCode?: number; message?: string };
  if (statusCode === 401) return 'the Content Lake refused the write token (HTTP 401): check SANITY_API_WRITE_TOKEN';
  if (statusCode === 403)
    return 'the token may not write to this dataset (HTTP 403): SANITY_API_WRITE_TOKEN needs the Editor role';
  if (statusCode === 404)
    return 'the project or dataset was not found (HTTP 404): check SANITY_PROJECT_ID and SANITY_DATASET';
  return statusCode
    ? `the Content Lake answered HTTP ${statusCode}: ${message ?? ''}`.trim()
    : `the Content Lake could not be reached: ${message ?? String(error)}`;
}

export function clientFor(target: ContentLakeTarget): SanityClient {
  return createClient({
    projectId: target.projectId,
    dataset: target.dataset,
    token: target.token,
    apiVersion: target.apiVersion ?? DEFAULT_API_VERSION,
    useCdn: false,
    ...(target.apiHost ? { apiHost: target.apiHost, useProjectHostname: false } : {}),
  });
}

/** Attempts at a transaction that failed before the API answered (a dropped connection). */
const NETWORK_ATTEMPTS = 3;

/**
 * Commits, again after a network failure: every mutation here (createOrReplace, createIfNotExists,
 * set) gives the same result when applied twice, so a transaction whose answer was lost may be resent.
 * An answer from the API (4xx, 5xx) is final: the client has already retried what it retries.
 */
async function commitWithRetry(commit: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await commit();
      return;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode || attempt >= NETWORK_ATTEMPTS) throw error;
    }
  }
}

/**
 * Sends the documents; returns the number of transactions committed. Throws a
 * ContentLakeWriteError saying how many were committed when one is refused.
 */
export async function writeToContentLake(
  client: SanityClient,
  write: ContentLakeWrite,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<number> {
  /** One mutation, and how many documents it completes (the settings' create-if-missing completes none). */
  type Mutation = { apply: (tx: ReturnType<SanityClient['transaction']>) => void; documents: number };
  const mutations: Mutation[] = [];
  for (const doc of write.mergeDocuments ?? []) {
    const { _id, _type, ...fields } = withKeys(doc);
    mutations.push({ apply: (tx) => tx.createIfNotExists({ _id, _type }), documents: 0 });
    mutations.push({ apply: (tx) => tx.patch(_id, (patch) => patch.set(fields)), documents: 1 });
  }
  for (const doc of write.documents) mutations.push({ apply: (tx) => tx.createOrReplace(withKeys(doc)), documents: 1 });
  const total = Math.ceil(mutations.length / batchSize);
  const allDocuments = mutations.reduce((sum, m) => sum + m.documents, 0);
  let transactions = 0;
  let documents = 0;
  for (let start = 0; start < mutations.length; start += batchSize) {
    const batch = mutations.slice(start, start + batchSize);
    const tx = client.transaction();
    for (const mutation of batch) mutation.apply(tx);
    try {
      await commitWithRetry(() => tx.commit({ visibility: 'async' }));
    } catch (error) {
      const done =
        transactions === 0
          ? 'Nothing was written.'
          : `${documents} of ${allDocuments} documents were written in the ${transactions} transaction${transactions === 1 ? '' : 's'} before it and are kept.`;
      throw new ContentLakeWriteError(
        `transaction ${transactions + 1} of ${total} was refused: ${refusal(error)}. ${done} Fix the cause and run the same command again: it writes every document again under the same id, so the import completes without duplicates.`,
        transactions,
        documents,
      );
    }
    transactions++;
    documents += batch.reduce((sum, m) => sum + m.documents, 0);
  }
  return transactions;
}
