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

/** Runs GROQ with groq-js over the documents of one perspective; parsed queries and perspective views are cached. */
export class QueryRunner {
  readonly #parsed = new Map<string, ExprNode>();
  #views = { version: -1, byKey: new Map<string, { documents: StoredDocument[]; byId: Map<string, StoredDocument> }>() };

  private readonly store: DocumentStore;
  private readonly sanity: { projectId: string; dataset: string };

  constructor(store: DocumentStore, sanity: { projectId: string; dataset: string }) {
    this.store = store;
    this.sanity = sanity;
  }

  /** The result, and for source maps the stored document a result `_id` came from (`drafts.x` under the drafts perspective). */
  async run(input: QueryInput): Promise<{ result: unknown; originalId: (id: string) => string }> {
    const tree = this.#parse(input.query);
    const view = this.#view(input.perspective, input.authenticated);
    const value = await evaluate(tree, {
      dataset: view.documents,
      params: input.params,
      sanity: this.sanity,
      dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
    });
    const originalId = (id: string) => {
      const original = view.byId.get(id)?._originalId;
      return typeof original === 'string' ? original : id;
    };
    return { result: await value.get(), originalId };
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
      view = { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) };
      this.#views.byKey.set(key, view);
    }
    return view;
  }
}
