import { evaluate, parse } from 'groq-js';
import { ApiError } from './http.ts';
import { applyPatch } from './applyPatch.ts';
import {
  newRevision,
  type CommittedTransaction,
  type DocumentChange,
  type DocumentStore,
  type StoredDocument,
} from './store.ts';

export interface MutationResult {
  id: string;
  operation: 'create' | 'update' | 'delete' | 'none';
  document?: StoredDocument;
}

interface MutationFailure {
  index: number;
  type: string;
  id?: string;
  description: string;
}

type Mutation = Record<string, unknown>;
const OPERATIONS = ['create', 'createIfNotExists', 'createOrReplace', 'delete', 'patch'] as const;

/**
 * Applies one transaction (all its mutations or none) to a copy of the affected documents and
 * returns what would change. Each changed document gets `_rev` = the transaction id (as in the
 * Content Lake) and `_updatedAt` = now; `_createdAt` is kept, or set on create.
 */
export async function planTransaction(
  store: DocumentStore,
  mutations: Mutation[],
  options: { transactionId?: string | undefined; now?: Date },
): Promise<{ transaction: CommittedTransaction; results: MutationResult[] }> {
  const transactionId = options.transactionId || newRevision();
  const timestamp = (options.now ?? new Date()).toISOString();
  const working = new Map<string, StoredDocument | null>();
  const touched = new Map<string, Mutation[]>();
  const results: MutationResult[] = [];
  const failures: MutationFailure[] = [];
  const current = (id: string) => (working.has(id) ? working.get(id)! : (store.get(id) ?? null));
  const stamp = (doc: Record<string, unknown>, previous: StoredDocument | null): StoredDocument =>
    ({
      ...doc,
      _createdAt: previous?._createdAt ?? (typeof doc._createdAt === 'string' ? doc._createdAt : timestamp),
      _updatedAt: timestamp,
      _rev: transactionId,
    }) as StoredDocument;
  const write = (
    id: string,
    doc: StoredDocument | null,
    mutation: Mutation,
    operation: MutationResult['operation'],
  ) => {
    working.set(id, doc);
    touched.set(id, [...(touched.get(id) ?? []), mutation]);
    const existing = results.findIndex((r) => r.id === id);
    const result: MutationResult = {
      id,
      operation: existing >= 0 && results[existing]!.operation === 'create' && doc ? 'create' : operation,
    };
    if (existing >= 0) results.splice(existing, 1);
    results.push(result);
  };
  const matching = async (query: unknown, params: unknown): Promise<string[]> => {
    if (typeof query !== 'string') return [];
    const byId = new Map(store.all().map((doc) => [doc._id, doc]));
    for (const [id, doc] of working) {
      if (doc) byId.set(id, doc);
      else byId.delete(id);
    }
    const dataset = [...byId.values()];
    const value = await (
      await evaluate(parse(query), { dataset, params: (params ?? {}) as Record<string, unknown> })
    ).get();
    return (Array.isArray(value) ? value : [value]).flatMap((doc: unknown) =>
      doc && typeof doc === 'object' && typeof (doc as StoredDocument)._id === 'string'
        ? [(doc as StoredDocument)._id]
        : [],
    );
  };

  for (const [index, mutation] of mutations.entries()) {
    const kinds = Object.keys(mutation ?? {}).filter((key) => (OPERATIONS as readonly string[]).includes(key));
    if (kinds.length !== 1) {
      failures.push({
        index,
        type: 'invalidMutation',
        description: `Mutation ${index} must have exactly one of ${OPERATIONS.join(', ')}`,
      });
      continue;
    }
    const kind = kinds[0] as (typeof OPERATIONS)[number];
    const body = mutation[kind] as Record<string, unknown>;
    if (kind === 'create' || kind === 'createIfNotExists' || kind === 'createOrReplace') {
      const given = typeof body?._id === 'string' ? body._id : '';
      const id = kind === 'create' && (given === '' || given.endsWith('.')) ? `${given}${newRevision()}` : given;
      if (!id || typeof body?._type !== 'string' || body._type === '') {
        failures.push({
          index,
          type: 'invalidDocument',
          id,
          description: `${kind} needs a document with ${id ? '' : '_id and '}_type`,
        });
        continue;
      }
      const previous = current(id);
      if (kind === 'create' && previous) {
        failures.push({
          index,
          type: 'documentAlreadyExistsError',
          id,
          description: `Document by ID "${id}" already exists`,
        });
        continue;
      }
      if (kind === 'createIfNotExists' && previous) {
        if (!results.some((r) => r.id === id)) results.push({ id, operation: 'none' });
        continue;
      }
      write(id, stamp({ ...body, _id: id }, previous), mutation, previous ? 'update' : 'create');
      continue;
    }
    const ids =
      typeof body?.id === 'string'
        ? [body.id]
        : await matching(body?.query, body?.params).catch((error: unknown) => {
            failures.push({ index, type: 'queryParseError', description: (error as Error).message });
            return [];
          });
    for (const id of ids) {
      const previous = current(id);
      if (kind === 'delete') {
        if (previous) write(id, null, mutation, 'delete');
        continue;
      }
      if (!previous) {
        failures.push({
          index,
          type: 'documentNotFoundError',
          id,
          description: `Document by ID "${id}" does not exist: a patch needs an existing document`,
        });
        continue;
      }
      if (typeof body.ifRevisionID === 'string' && body.ifRevisionID !== previous._rev) {
        failures.push({
          index,
          type: 'conflict',
          id,
          description: `Document by ID "${id}" has _rev "${previous._rev}", not "${body.ifRevisionID}" (ifRevisionID)`,
        });
        continue;
      }
      try {
        const patched = applyPatch(previous, body);
        write(id, stamp({ ...patched, _id: id, _type: patched._type || previous._type }, previous), mutation, 'update');
      } catch (error) {
        failures.push({
          index,
          type: 'invalidPatch',
          id,
          description: `Patch of "${id}" failed: ${(error as Error).message}`,
        });
      }
    }
  }

  if (failures.length > 0) {
    throw new ApiError(409, {
      error: {
        type: 'mutationError',
        description: `Mutation(s) failed with ${failures.length} error(s)`,
        items: failures.map(({ index, ...error }) => ({ error, index })),
      },
    });
  }
  const changes: DocumentChange[] = [...touched].map(([documentId, applied]) => ({
    documentId,
    previous: store.get(documentId) ?? null,
    result: working.get(documentId) ?? null,
    mutations: applied,
  }));
  return {
    transaction: { transactionId, timestamp, changes: changes.filter((c) => c.previous !== null || c.result !== null) },
    results: results.map((r) =>
      r.operation === 'none' || r.operation === 'delete' ? r : { ...r, document: working.get(r.id)! },
    ),
  };
}
