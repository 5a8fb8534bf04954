import { randomBytes } from 'node:crypto';

/** A document as stored: every one carries `_rev`, `_createdAt` and `_updatedAt`, as in the Content Lake. */
export interface StoredDocument {
  _id: string;
  _type: string;
  _rev: string;
  _createdAt: string;
  _updatedAt: string;
  [field: string]: unknown;
}

/** One document's change in a committed transaction. */
export interface DocumentChange {
  documentId: string;
  previous: StoredDocument | null;
  result: StoredDocument | null;
  /** The mutations of the transaction that touched this document, as sent. */
  mutations: Array<Record<string, unknown>>;
}

export interface CommittedTransaction {
  transactionId: string;
  timestamp: string;
  changes: DocumentChange[];
}

/** Revision and transaction ids look like the API's: 22 lowercase letters and digits. */
export const newRevision = () =>
  randomBytes(16)
    .toString('base64url')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .padEnd(22, '0')
    .slice(0, 22);

/**
 * The dataset in memory. A transaction applies all of its changes at once; subscribers (listeners,
 * live events) hear of each committed transaction after queries already see it.
 */
export class DocumentStore {
  readonly #documents = new Map<string, StoredDocument>();
  readonly #subscribers = new Set<(transaction: CommittedTransaction) => void>();
  #version = 0;

  constructor(documents: StoredDocument[]) {
    for (const doc of documents) this.#documents.set(doc._id, doc);
  }

  get(id: string): StoredDocument | undefined {
    return this.#documents.get(id);
  }

  all(): StoredDocument[] {
    return [...this.#documents.values()];
  }

  /** Changes on every commit; lets readers cache what they derive from the documents. */
  get version(): number {
    return this.#version;
  }

  commit(transaction: CommittedTransaction): void {
    for (const change of transaction.changes) {
      if (change.result) this.#documents.set(change.documentId, change.result);
      else this.#documents.delete(change.documentId);
    }
    this.#version += 1;
    for (const subscriber of this.#subscribers) subscriber(transaction);
  }

  subscribe(subscriber: (transaction: CommittedTransaction) => void): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }
}
