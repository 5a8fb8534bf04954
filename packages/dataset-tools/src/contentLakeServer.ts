import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { readDatasetExport } from '@frm/content';
import { generate } from 'selfsigned';
import { actionsToMutations } from './contentLake/actions.ts';
import {
  serveAssetFile,
  toContentLakeDocuments,
  uploadedAssetDocument,
  type AssetFiles,
} from './contentLake/assets.ts';
import { ApiError, bearerToken, flag, readBody, readJson, sendJson } from './contentLake/http.ts';
import { listen } from './contentLake/listen.ts';
import { liveEvents, queryTags, syncTagsFor } from './contentLake/live.ts';
import { planTransaction } from './contentLake/mutations.ts';
import { parsePerspective } from './contentLake/perspectives.ts';
import { paramsFromSearch, QueryRunner } from './contentLake/query.ts';
import { resultSourceMap, sourceDocument } from './contentLake/resultSourceMap.ts';
import { DocumentStore, newRevision, type StoredDocument } from './contentLake/store.ts';

/**
 * A local stand-in for the Sanity Content Lake HTTP API on 127.0.0.1, loaded from a dataset export,
 * so tests, the build and the preview run the real @sanity/client without the internet or an account.
 *
 * What it implements (paths under `/v<apiVersion>`, any version):
 * - `GET|POST /data/query/<dataset>`: GROQ by groq-js; GET takes `query` and `$param=<json>`, POST a
 *   JSON body `{query, params}` (the client switches to POST for long queries). `perspective`
 *   (query string or body): `raw`, `published`, `drafts` (alias `previewDrafts`) or a comma-separated
 *   stack of release ids and `drafts`; the default is `published` from API version 2025-02-19 on,
 *   `raw` before. A stack overlays `versions.<release>.<id>` / `drafts.<id>` over `<id>`: the result
 *   has the published `_id` and `_originalId` names the document it came from. Answers carry `ms`,
 *   `query` (unless `returnQuery=false`), `syncTags`, and with `resultSourceMap` a content source
 *   map (see contentLake/resultSourceMap.ts for how it is approximated), so @sanity/client's stega works.
 * - `POST /data/mutate/<dataset>`: `create`, `createIfNotExists`, `createOrReplace`, `delete` (by
 *   id or query) and `patch` (by id or query; set, setIfMissing, unset, inc, dec, insert,
 *   diffMatchPatch, ifRevisionID; see contentLake/applyPatch.ts) in one all-or-nothing
 *   transaction; `returnIds`, `returnDocuments`, `dryRun` and the body's `transactionId`. Changed
 *   documents get `_rev` (= the transaction id), `_updatedAt` and `_createdAt`. Later queries,
 *   listeners and live events see the change.
 * - `POST /data/actions/<dataset>`: the Actions API that Studio 6 sends every edit through:
 *   `sanity.action.document.create`, `edit` (a missing draft starts from the published document),
 *   `publish` (with `ifDraftRevisionId` / `ifPublishedRevisionId`), `unpublish`, `discard`,
 *   `replaceDraft`, `delete` and `version.discard`, as one transaction of the mutations they stand
 *   for (see contentLake/actions.ts); answers `{transactionId}`.
 * - `GET /data/listen/<dataset>?query=`: Server-Sent Events as `client.listen()` reads them
 *   (`welcome`, `mutation` with documentId, transition, result, previous, mutations, previousRev,
 *   resultRev (a delete's too), and `effects` with `effectFormat=mendoza`; `channelError` for a bad
 *   query). See contentLake/listen.ts.
 * - `GET /data/live/events/<dataset>`: the Live Content API for `client.live.events()` (`welcome`,
 *   `message` with `tags`); see contentLake/live.ts for how tags are kept.
 * - `GET /data/doc/<dataset>/<id>[,<id>]` (`client.getDocument(s)`), `GET /check/cors`.
 * - `POST /assets/images|files/<dataset>` (`client.assets.upload`, `sanity dataset import`): an
 *   asset document with the API's id, `url` and `path`, kept in memory and served like the others.
 * - Asset documents in the API's form (`url: https://cdn.sanity.io/images/<project>/<dataset>/<sha1>-<w>x<h>.<ext>`,
 *   `.../files/<project>/<dataset>/<sha1>.<ext>`, `path`, `sha1hash`), and the files themselves at
 *   `/images/<project>/<dataset>/<file>` and `/files/...`, the CDN's paths, for a build pointed
 *   here with SANITY_ASSET_BASE_URL.
 * - GROQ as the Studio sends it: slices bounded by parameters (`[0...$__limit]`) and
 *   `text::query()` search (approximated; see contentLake/query.ts).
 * - CORS for every origin, with credentials, and preflights; with `securePort`, the same API as
 *   HTTP/2 over TLS (self-signed certificate made at start) for a browser, whose six HTTP/1.1
 *   connections to a host the Studio's event streams would otherwise fill.
 * - Auth: with `token` set the dataset is private: requests need `Authorization: Bearer <token>`
 *   (a wrong one answers 401); `readToken` may read (drafts too) but not write (403);
 *   `publicRead` lets requests without a token read the root path (never `drafts.` or `versions.`).
 *   Without it, a query without a token sees no documents at all (an empty result, not an error:
 *   what the real API answers for a private dataset); other requests without a token answer 401.
 *   Live events need no token unless `includeDrafts`. Without `token` every request may read and
 *   write everything.
 * - For tests: `intercept` / `interceptMutation` answer a chosen request themselves (faults), and
 *   the running server reports request counts, its documents and its committed transactions.
 *
 * Where it differs from the real API: one process, in memory (changes are lost on close) and
 * visible at once whatever `visibility` asks; no CDN host, no history (`/data/history` answers 404,
 * so the Studio's review-changes and history panes are empty), no presence socket, no
 * `/data/references`, no releases or variants actions, no reference integrity (a strong
 * reference to a missing document is accepted), no image transforms (the CDN path serves the
 * original), asset types by file extension rather than sniffed; every origin passes CORS; the
 * account and project API (users, projects, grants) is not served (the Studio e2e mocks it);
 * source maps are inferred from objects with a document's `_id`, not traced; listen `effects`
 * replace the whole document rather than diff it, and listen ignores `enableResume` and
 * `visibility`; sync tags are per perspective, not per document; GROQ is groq-js's, so functions
 * it lacks are missing here too, and `text::query` matches words and `*` wildcards without the
 * API's stemming or ranking; error bodies follow the API's shape but not every message.
 */
export interface ContentLakeServerOptions {
  /** Dataset export (folder or .tar.gz) to serve; without it the dataset starts empty. */
  exportPath?: string;
  /** Project id in asset URLs. Default `frmtest`. */
  projectId?: string;
  /** Dataset name in the URL; other names answer 404 like the real API. Default `production`. */
  dataset?: string;
  /** When set, the dataset is private and requests must carry `Authorization: Bearer <token>`; it may read and write. */
  token?: string;
  /** A second token that may read (drafts included) but not write. */
  readToken?: string;
  /** With `token`: requests without a token may still read published documents, as on a public dataset. */
  publicRead?: boolean;
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /**
   * Also serve the same API as HTTP/2 over TLS (self-signed certificate made at start) on this
   * port (0: any free one), for a browser: over HTTP/1.1 chromium opens at most six connections to
   * a host, and the Studio's event streams take them all. See `secureUrl`.
   */
  securePort?: number;
  /**
   * Lets a test inject faults: return true when it has answered the request itself.
   * Called with the running count of query requests (1-based).
   */
  intercept?: (request: IncomingMessage, response: ServerResponse, count: number) => boolean | Promise<boolean>;
  /** The same for mutate and actions requests, with their own running count; an answered request changes nothing. */
  interceptMutation?: (request: IncomingMessage, response: ServerResponse, count: number) => boolean | Promise<boolean>;
}

export interface RunningContentLakeServer {
  /** `http://127.0.0.1:<port>`, to pass as the client's apiHost (with `useProjectHostname: false`). */
  url: string;
  /**
   * With `securePort`: `https://localhost:<port>`, an apiHost for a browser (the Studio's); with a
   * project hostname, `https://<projectId>.localhost:<port>`, which chromium resolves to 127.0.0.1.
   * The certificate is self-signed: run chromium with --ignore-certificate-errors.
   */
  secureUrl: string | undefined;
  projectId: string;
  dataset: string;
  /** Query requests received so far. */
  requests: () => number;
  /** Mutate and actions requests received so far. */
  mutationRequests: () => number;
  /** Every stored document, drafts and versions included, as the `raw` perspective sees them. */
  documents: () => StoredDocument[];
  /** The mutate and actions requests that committed, in order, with their mutations (an action as the mutations it stands for). */
  transactions: () => Array<{ transactionId: string; mutations: Array<Record<string, unknown>> }>;
  close: () => Promise<void>;
}

export const STAND_IN_PROJECT_ID = 'frmtest';

type Access = 'write' | 'read' | 'public' | 'none';

export async function startContentLakeServer(
  options: ContentLakeServerOptions = {},
): Promise<RunningContentLakeServer> {
  const projectId = options.projectId ?? STAND_IN_PROJECT_ID;
  const datasetName = options.dataset ?? 'production';
  const loaded = options.exportPath ? await readDatasetExport(options.exportPath) : undefined;
  const { documents, files } = loaded
    ? toContentLakeDocuments(loaded.documents, loaded.root, projectId, datasetName)
    : { documents: [], files: new Map() as AssetFiles };
  const store = new DocumentStore(documents);
  const queries = new QueryRunner(store, { projectId, dataset: datasetName });
  // A private dataset read without a token: the real API runs the query over nothing.
  const noDocuments = new QueryRunner(new DocumentStore([]), { projectId, dataset: datasetName });
  const tags = syncTagsFor(projectId, datasetName);
  let queryCount = 0;
  let mutationCount = 0;
  const committed: Array<{ transactionId: string; mutations: Array<Record<string, unknown>> }> = [];

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.end();
      if (error instanceof ApiError) sendJson(response, error.status, error.body);
      else sendJson(response, 500, { error: 'Internal error', message: (error as Error).message, statusCode: 500 });
    });
  };
  const server: Server = createServer(onRequest);

  /** Who is asking; throws 401 for a wrong token, or for no token on a private dataset (except a query: it sees nothing). */
  function access(request: IncomingMessage, endpoint: string): Access {
    if (!options.token && !options.readToken) return 'write';
    const token = bearerToken(request);
    if (token !== undefined && token === options.token) return 'write';
    if (token !== undefined && token === options.readToken) return 'read';
    if (token === undefined && options.publicRead) return 'public';
    if (token === undefined && endpoint === 'query') return 'none';
    throw new ApiError(401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    if (allowCors(request, response)) return;
    if (method === 'GET' && serveAssetFile(files, (path) => mimeTypeOf(store, path), url.pathname, response)) return;
    const route = routeOf(url.pathname);
    if (!route) {
      sendJson(response, 404, {
        error: 'Not Found',
        message: `No route for ${method} ${url.pathname}`,
        statusCode: 404,
      });
      return;
    }
    const { apiVersion, endpoint } = route;
    if (endpoint === 'cors') return sendJson(response, 200, { result: { allowed: true, withCredentials: true } });
    if (endpoint === 'query') {
      queryCount += 1;
      if (options.intercept && (await options.intercept(request, response, queryCount))) return;
    }
    if (endpoint === 'mutate' || endpoint === 'actions') {
      mutationCount += 1;
      if (options.interceptMutation && (await options.interceptMutation(request, response, mutationCount))) return;
    }
    // Live events name no content, so the API serves them without a token (drafts' events need one).
    const who = endpoint === 'live/events' && !bearerToken(request) ? 'public' : access(request, endpoint);
    if (route.dataset !== datasetName) {
      sendJson(response, 404, { error: 'Not Found', message: `Dataset "${route.dataset}" not found`, statusCode: 404 });
      return;
    }
    const authenticated = who !== 'public';
    switch (`${method} ${endpoint}`) {
      case 'GET query':
      case 'POST query': {
        const body = method === 'POST' ? await readJson(request) : {};
        const query = method === 'POST' ? body.query : url.searchParams.get('query');
        if (typeof query !== 'string' || query.trim() === '')
          throw new ApiError(400, { error: { type: 'httpBadRequest', description: 'Missing query' } });
        const params =
          method === 'POST' ? ((body.params ?? {}) as Record<string, unknown>) : paramsFromSearch(url.searchParams);
        const perspective = parsePerspective(
          url.searchParams.get('perspective') ?? (typeof body.perspective === 'string' ? body.perspective : undefined),
          apiVersion,
        );
        const started = performance.now();
        const result = await (who === 'none' ? noDocuments : queries).run({
          query,
          params,
          perspective,
          authenticated,
        });
        const returnQuery = flag(url.searchParams, 'returnQuery', true);
        // Stega (@sanity/client's `stega`) asks for `resultSourceMap`; see contentLake/resultSourceMap.ts.
        const sourceMap = url.searchParams.get('resultSourceMap') ?? body.resultSourceMap;
        const withSourceMap =
          sourceMap !== undefined && sourceMap !== null && sourceMap !== 'false' && sourceMap !== false;
        return sendJson(response, 200, {
          ...(returnQuery ? { query } : {}),
          result,
          ...(withSourceMap
            ? { resultSourceMap: resultSourceMap(result, (id) => sourceDocument(store, perspective, id)) }
            : {}),
          syncTags: queryTags(tags, perspective),
          ms: Math.round(performance.now() - started),
        });
      }
      case 'POST mutate': {
        requireWrite(who, 'update');
        const body = await readJson(request);
        if (!Array.isArray(body.mutations))
          throw new ApiError(400, {
            error: { type: 'httpBadRequest', description: 'Body must be {"mutations": [...]}' },
          });
        const { transaction, results } = await planTransaction(
          store,
          body.mutations as Array<Record<string, unknown>>,
          {
            transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
          },
        );
        if (!flag(url.searchParams, 'dryRun', false)) {
          store.commit(transaction);
          committed.push({
            transactionId: transaction.transactionId,
            mutations: body.mutations as Array<Record<string, unknown>>,
          });
        }
        const returnDocuments = flag(url.searchParams, 'returnDocuments', false);
        const returnIds = flag(url.searchParams, 'returnIds', false);
        return sendJson(response, 200, {
          transactionId: transaction.transactionId,
          results:
            returnIds || returnDocuments
              ? results.map(({ document, ...result }) =>
                  returnDocuments && document ? { ...result, document } : result,
                )
              : [],
        });
      }
      case 'POST actions': {
        requireWrite(who, 'update');
        const body = await readJson(request);
        const actions = Array.isArray(body.actions) ? (body.actions as Array<Record<string, unknown>>) : undefined;
        if (!actions)
          throw new ApiError(400, {
            error: { type: 'httpBadRequest', description: 'Body must be {"actions": [...]}' },
          });
        const mutations = actionsToMutations(store, actions);
        const { transaction } = await planTransaction(store, mutations, {
          transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
        });
        if (body.dryRun !== true) {
          store.commit(transaction);
          committed.push({ transactionId: transaction.transactionId, mutations });
        }
        return sendJson(response, 200, { transactionId: transaction.transactionId });
      }
      case 'GET listen':
        return listen(
          store,
          { search: url.searchParams, params: paramsFromSearch(url.searchParams), authenticated },
          response,
        );
      case 'GET live/events': {
        const includeDrafts = flag(url.searchParams, 'includeDrafts', false);
        if (includeDrafts && !authenticated)
          throw new ApiError(401, { error: 'Unauthorized', message: 'includeDrafts needs a token', statusCode: 401 });
        return liveEvents(store, tags, includeDrafts, response);
      }
      case 'GET doc': {
        const ids = (route.rest ?? '').split(',').filter(Boolean);
        const visible = (id: string) => authenticated || !id.includes('.');
        const found = ids.flatMap((id) => {
          const doc = store.get(id);
          return doc && visible(id) ? [doc] : [];
        });
        return sendJson(response, 200, {
          documents: found,
          omitted: ids
            .filter((id) => !found.some((doc) => doc._id === id))
            .map((id) => ({ id, reason: visible(id) ? 'existence' : 'permission' })),
        });
      }
      case 'POST assets/images':
      case 'POST assets/files': {
        requireWrite(who, 'create');
        const kind = endpoint === 'assets/images' ? 'images' : 'files';
        const bytes = await readBody(request);
        const { document, path } = await uploadedAssetDocument(
          kind,
          bytes,
          url.searchParams.get('filename'),
          projectId,
          datasetName,
        );
        const existing = store.get(document._id);
        if (existing) return sendJson(response, 200, { document: existing });
        files.set(path, bytes);
        const transactionId = newRevision();
        const timestamp = new Date().toISOString();
        const stored = { ...document, _rev: transactionId, _createdAt: timestamp, _updatedAt: timestamp };
        store.commit({
          transactionId,
          timestamp,
          changes: [{ documentId: stored._id, previous: null, result: stored, mutations: [{ create: stored }] }],
        });
        return sendJson(response, 200, { document: stored });
      }
      default:
        sendJson(response, 405, {
          error: 'Method Not Allowed',
          message: `${method} is not allowed on ${url.pathname}`,
          statusCode: 405,
        });
    }
  }

  // Node's 5 s keep-alive races clients that reuse an idle connection while a loaded test process
  // is busy (a "fetch failed" on the next request); the real API keeps connections far longer.
  server.keepAliveTimeout = 120_000;
  const port = await listenOn(server, options.port ?? 0);
  const secure = options.securePort === undefined ? undefined : await startSecureServer(onRequest, options.securePort);
  return {
    url: `http://127.0.0.1:${port}`,
    secureUrl: secure?.url,
    projectId,
    dataset: datasetName,
    requests: () => queryCount,
    mutationRequests: () => mutationCount,
    documents: () => store.all(),
    transactions: () => [...committed],
    close: () =>
      Promise.all([
        secure?.close(),
        new Promise<void>((resolve, reject) => {
          server.closeAllConnections();
          server.close((error) => (error ? reject(error) : resolve()));
        }),
      ]).then(() => undefined),
  };
}

async function listenOn(server: Server | Http2SecureServer, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return (server.address() as AddressInfo).port;
}

/** HTTP/2 (and HTTP/1.1 for clients without it) over TLS, with a certificate for localhost and its subdomains made now. */
async function startSecureServer(
  onRequest: (request: IncomingMessage, response: ServerResponse) => void,
  port: number,
) {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: '*.localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const server = createSecureServer({ key: pems.private, cert: pems.cert, allowHTTP1: true }, onRequest as never);
  const sessions = new Set<Http2Session>();
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  const bound = await listenOn(server, port);
  return {
    url: `https://localhost:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * CORS as the API answers a browser on an allowed origin (the stand-in allows every origin, with
 * credentials); true when it has answered a preflight.
 */
function allowCors(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-allow-credentials', 'true');
  response.setHeader('vary', 'Origin');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'authorization, content-type',
    'access-control-max-age': '600',
  });
  response.end();
  return true;
}

const ROUTE =
  /^\/v([\w-]+)\/(?:(data\/(?:query|mutate|actions|listen|live\/events|doc)|assets\/(?:images|files))\/([\w-]+)(?:\/([^/]+))?|(check\/cors))$/;

/** `/v<version>/data/<endpoint>/<dataset>[/<rest>]`, `/v<version>/assets/<kind>/<dataset>` or `/v<version>/check/cors`. */
function routeOf(
  pathname: string,
): { apiVersion: string; endpoint: string; dataset: string | undefined; rest: string | undefined } | undefined {
  const match = ROUTE.exec(pathname);
  if (!match) return undefined;
  const endpoint = match[5] ? 'cors' : match[2]!.replace(/^data\//, '');
  return { apiVersion: match[1]!, endpoint, dataset: match[3], rest: match[4] };
}

function mimeTypeOf(store: DocumentStore, path: string): string | undefined {
  const asset = store.all().find((doc) => doc.path === path);
  return typeof asset?.mimeType === 'string' ? asset.mimeType : undefined;
}

/** The API's answer to a write without a write token: 403, naming the permission. */
function requireWrite(who: string, permission: 'update' | 'create'): void {
  if (who !== 'write')
    throw new ApiError(403, {
      error: {
        type: 'insufficientPermissionsError',
        description: `Insufficient permissions; permission "${permission}" required`,
      },
    });
}
