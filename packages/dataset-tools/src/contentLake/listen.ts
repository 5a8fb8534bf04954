import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { evaluate, parse, type ExprNode } from 'groq-js';
import { flag } from './http.ts';
import { isRootPath, isVersionId } from './ids.ts';
import { openEventStream } from './eventStream.ts';
import type { DocumentStore, StoredDocument } from './store.ts';

export interface ListenRequest {
  search: URLSearchParams;
  params: Record<string, unknown>;
  authenticated: boolean;
}

/**
 * `GET /vX/data/listen/<dataset>?query=*[filter]`: a `welcome` event, then one `mutation` event per
 * document a committed transaction changed that matches the filter before or after (transition
 * `update`, `appear` or `disappear`), with `result` / `previous` when asked for. Like the real
 * listener it has no perspective: drafts arrive under their `drafts.` ids, versions only with
 * `includeAllVersions=true`, and neither without a token.
 */
/**
 * `effects` as `effectFormat=mendoza` asks for: patches that turn the previous revision into the
 * result (`apply`) and back (`revert`), without `_rev`, which the reader sets from `resultRev`.
 * The real API sends minimal diffs; these replace the whole value (mendoza's Value op, 0), which
 * every mendoza reader applies to the same result.
 */
export function mendozaEffects(
  previous: StoredDocument | null,
  result: StoredDocument | null,
): { apply: unknown[]; revert: unknown[] } {
  const value = (doc: StoredDocument | null) => {
    if (!doc) return null;
    const { _rev, ...fields } = doc;
    return fields;
  };
  return { apply: [0, value(result)], revert: [0, value(previous)] };
}

export function listen(store: DocumentStore, request: ListenRequest, response: ServerResponse): void {
  const stream = openEventStream(response);
  const query = request.search.get('query') ?? '';
  let tree: ExprNode;
  try {
    tree = parse(query);
  } catch (error) {
    stream.send('channelError', { message: `Invalid listener query: ${(error as Error).message}` });
    stream.close();
    return;
  }
  const includeResult = flag(request.search, 'includeResult', true);
  const includePrevious = flag(request.search, 'includePreviousRevision', false);
  const includeMutations = flag(request.search, 'includeMutations', true);
  const includeAllVersions = flag(request.search, 'includeAllVersions', false);
  const withEffects = request.search.get('effectFormat') === 'mendoza';
  const visible = (id: string) => (request.authenticated || isRootPath(id)) && (includeAllVersions || !isVersionId(id));
  const matches = async (doc: StoredDocument | null) => {
    if (!doc) return false;
    const value = await (await evaluate(tree, { dataset: [doc], params: request.params })).get();
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== false;
  };

  // Transactions are delivered one at a time, in commit order.
  let queue = Promise.resolve();
  const unsubscribe = store.subscribe((transaction) => {
    queue = queue
      .then(async () => {
        const events = [];
        for (const change of transaction.changes) {
          if (!visible(change.documentId)) continue;
          const [before, after] = await Promise.all([matches(change.previous), matches(change.result)]);
          if (!before && !after) continue;
          events.push({ change, transition: before && after ? 'update' : after ? 'appear' : 'disappear' });
        }
        events.forEach(({ change, transition }, index) => {
          const eventId = `${transaction.transactionId}#${change.documentId}`;
          stream.send(
            'mutation',
            {
              eventId,
              documentId: change.documentId,
              transactionId: transaction.transactionId,
              transition,
              identity: 'p-content-lake-stand-in',
              ...(includeMutations ? { mutations: change.mutations } : {}),
              ...(change.previous ? { previousRev: change.previous._rev } : {}),
              // A delete's event names the transaction as its resultRev too: the Studio chains events by revision.
              resultRev: change.result?._rev ?? transaction.transactionId,
              ...(includeResult && change.result ? { result: change.result } : {}),
              ...(includePrevious ? { previous: change.previous } : {}),
              ...(withEffects ? { effects: mendozaEffects(change.previous, change.result) } : {}),
              timestamp: transaction.timestamp,
              visibility: 'query',
              transactionTotalEvents: events.length,
              transactionCurrentEvent: index,
            },
            eventId,
          );
        });
      })
      .catch((error: unknown) => {
        stream.send('channelError', { message: `Listener query failed: ${(error as Error).message}` });
        stream.close();
      });
  });
  stream.onClose(unsubscribe);
  stream.send('welcome', { listenerName: `standin-${randomBytes(6).toString('hex')}` });
}
