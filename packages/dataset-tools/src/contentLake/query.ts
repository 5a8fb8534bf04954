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
    const tree = this.#parse(input.query);
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

  #parse(query: string): ExprNode {
    let tree = this.#parsed.get(query);
    if (tree) return tree;
    try {
      tree = parse(query);
    } catch (error) {
      if (error instanceof GroqSyntaxError) {
        throw new ApiError(400, {
          error: { type: 'queryParseError', description: error.message, query, start: error.position, end: error.position + 1 },
        });
      }
      throw error;
    }
    if (this.#parsed.size > 500) this.#parsed.clear();
    this.#parsed.set(query, tree);
    return tree;
  }

  #view(perspective: Perspective, authenticated: boolean) {
    if (this.#views.version !== this.store.version) this.#views = { version: this.store.version, byKey: new Map() };
    const key = `${perspectiveKey(perspective)}|${authenticated}`;
    let view = this.#views.byKey.get(key);
    if (!view) {
      const documents = documentsInPerspective(this.store.all(), perspective, authenticated);
      view = { documents, byId: new Map(documents.map((doc) => [doc._id, doc])), results: new Map() };
      this.#views.byKey.set(key, view);
    }
    return view;
  }
}
