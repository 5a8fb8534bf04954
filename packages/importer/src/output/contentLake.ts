import { createClient, type SanityClient } from '@sanity/client';
import { DEFAULT_API_VERSION, readEnv } from '@frm/content/env';
import { withKeys, type SeedDocument } from '@frm/dataset-tools/keys';

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
  const { projectId, dataset, apiVersion, writeToken } = readEnv(env).sanity;
  if (!projectId || !writeToken) {
    const missing = [!projectId && 'SANITY_PROJECT_ID', !writeToken && 'SANITY_API_WRITE_TOKEN'].filter(Boolean);
    throw new Error(`--to-content-lake needs ${missing.join(' and ')} in the environment (and SANITY_DATASET, default "production")`);
  }
  return { projectId, dataset, token: writeToken, apiVersion };
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

/** Sends the documents; returns the number of transactions committed. */
export async function writeToContentLake(client: SanityClient, write: ContentLakeWrite, batchSize = DEFAULT_BATCH_SIZE): Promise<number> {
  type Mutation = (tx: ReturnType<SanityClient['transaction']>) => void;
  const mutations: Mutation[] = [];
  for (const doc of write.mergeDocuments ?? []) {
    const { _id, _type, ...fields } = withKeys(doc);
    mutations.push((tx) => tx.createIfNotExists({ _id, _type }));
    mutations.push((tx) => tx.patch(_id, (patch) => patch.set(fields)));
  }
  for (const doc of write.documents) mutations.push((tx) => tx.createOrReplace(withKeys(doc)));
  let transactions = 0;
  for (let start = 0; start < mutations.length; start += batchSize) {
    const tx = client.transaction();
    for (const mutate of mutations.slice(start, start + batchSize)) mutate(tx);
    await tx.commit({ visibility: 'async' });
    transactions++;
  }
  return transactions;
}
