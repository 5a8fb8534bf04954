import { evaluate, GroqSyntaxError, parse, type ExprNode } from 'groq-js';
import { apiError, ApiError } from './http.ts';
import { documentsInPerspective, perspectiveKey, type Perspective } from './perspectives.ts';
import type { DocumentStore, StoredDocument } from './store.ts';

export interface QueryInput {
  query: string;
  params: Record<string, unknown>;
  perspective: Perspective;
  authenticated: boolean;
}

/** `GET ?query=...&$name=<json>`: the parameters, each a JSON value. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(value);
    } catch {
      throw apiError(400, 'httpBadRequest', `Unable to parse value of "${key}=${value}". Please quote string values.`);
    }
  }
  return params;
}

interface View {
  documents: StoredDocument[];
  byId: Map<string, StoredDocument>;
  /** Results by query and parameters, until the next commit (a preview under load asks the same queries again and again). */
  results: Map<string, unknown>;
}

/** Runs GROQ with groq-js over the documents of one perspective; parsed queries, views and results are cached. */
export class QueryRunner {
  readonly #parsed = new Map<string, ExprNode>();
  #views = { version: -1, byKey: new Map<string, View>() };

  private readonly store: DocumentStore;
  private readonly sanity: { projectId: string; dataset: string };

  constructor(store: DocumentStore, sanity: { projectId: string; dataset: string }) {
    this.store = store;
    this.sanity = sanity;
  }

  async run(input: QueryInput): Promise<unknown> {
    const tree = this.#parse(input.query, input.params);
    const view = this.#view(input.perspective, input.authenticated);
    // now() changes between calls, so such queries are never answered from the cache.
    const key = /\bnow\s*\(/.test(input.query) ? undefined : `${input.query}\u0000${JSON.stringify(input.params)}`;
    if (key !== undefined && view.results.has(key)) return view.results.get(key);
    const value = await evaluate(tree, {
      dataset: view.documents,
      params: input.params,
      sanity: this.sanity,
      dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
    });
    const result: unknown = await value.get();
    if (key !== undefined) {
      if (view.results.size > 1000) view.results.clear();
      view.results.set(key, result);
    }
    return result;
  }

  /** Parsed with the parameters, so slices like the Studio's `[0...$__limit]` take them (groq-js reads slice bounds at parse time). */
  #parse(query: string, params: Record<string, unknown>): ExprNode {
    const key = `${query}\u0000${JSON.stringify(params)}`;
    let tree = this.#parsed.get(key);
    if (tree) return tree;
    try {
      tree = withTextQuery(parse(query, { params }));
    } catch (error) {
      if (error instanceof GroqSyntaxError) {
        throw new ApiError(400, {
          error: {
            type: 'queryParseError',
            description: error.message,
            query,
            start: error.position,
            end: error.position + 1,
          },
        });
      }
      throw error;
    }
    if (this.#parsed.size > 500) this.#parsed.clear();
    this.#parsed.set(key, tree);
    return tree;
  }

  #view(perspective: Perspective, authenticated: boolean) {
    if (this.#views.version !== this.store.version) this.#views = { version: this.store.version, byKey: new Map() };
    const key = `${perspectiveKey(perspective)}|${authenticated}`;
    let view = this.#views.byKey.get(key);
    if (!view) {
      const documents = documentsInPerspective(this.store.all(), perspective, authenticated).map(withSearchText);
      view = { documents, byId: new Map(documents.map((doc) => [doc._id, doc])), results: new Map() };
      this.#views.byKey.set(key, view);
    }
    return view;
  }
}

/*
 * `text::query()`, the Studio's search (document lists, references, the Presentation tool's
 * "Documents on this page"), is missing from groq-js. `x match text::query($q)` is run as
 * `x match $q` (groq-js's `match`: words, `*` wildcards), and an `@` on its left (search the whole
 * document) as every string in the document, read from a hidden attribute that projections never
 * copy. The real API's search also stems words and ranks differently.
 */
const SEARCH_TEXT = '\u0000searchText';

function withSearchText(doc: StoredDocument): StoredDocument {
  const copy = { ...doc };
  Object.defineProperty(copy, SEARCH_TEXT, { enumerable: false, get: () => stringsIn(doc).join(' ') });
  return copy;
}

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

function withTextQuery(node: ExprNode): ExprNode {
  return rewrite(node, false) as ExprNode;
}

function rewrite(node: unknown, searchedSide: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, searchedSide));
  if (!node || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (n.type === 'Value') return n;
  if (n.type === 'OpCall' && n.op === 'match' && isTextQuery(n.right)) {
    return { ...n, left: rewrite(n.left, true), right: rewrite((n.right as { args: unknown[] }).args[0], false) };
  }
  if (searchedSide && n.type === 'This') return { type: 'AccessAttribute', name: SEARCH_TEXT };
  return Object.fromEntries(
    Object.entries(n).map(([key, value]) => [key, key === 'func' ? value : rewrite(value, searchedSide)]),
  );
}

const isTextQuery = (node: unknown) => {
  const n = node as { type?: string; namespace?: string; name?: string; args?: unknown[] } | undefined;
  return n?.type === 'FuncCall' && n.namespace === 'text' && n.name === 'query' && n.args?.length === 1;
};
