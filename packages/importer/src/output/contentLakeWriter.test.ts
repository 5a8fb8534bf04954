import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_API_VERSION } from '@frm/content/env';
import {
  startContentLakeServer,
  type ContentLakeServerOptions,
  type RunningContentLakeServer,
} from '@frm/dataset-tools/contentLakeServer';
import type { SeedDocument } from '@frm/content/documentKeys';
import {
  clientFor,
  ContentLakeWriteError,
  DEFAULT_BATCH_SIZE,
  targetFromEnv,
  writeToContentLake,
} from './contentLake.ts';

/*
 * The Content Lake writer on its own, against the shared stand-in: small writes with a small batch
 * size, so every path (batches, a refused transaction, a dropped connection) runs in milliseconds.
 * The whole-command scenarios are in contentLake.test.ts and contentLakeStandIn.test.ts.
 */

const TOKEN = 'write-token';
let lake: RunningContentLakeServer | undefined;
afterEach(async () => {
  await lake?.close();
  lake = undefined;
});

async function start(options: Partial<ContentLakeServerOptions> = {}) {
  lake = await startContentLakeServer({ token: TOKEN, ...options });
  return {
    lake,
    client: clientFor({ projectId: lake.projectId, dataset: lake.dataset, token: TOKEN, apiHost: lake.url }),
  };
}

const episodes = (count: number): SeedDocument[] =>
  Array.from({ length: count }, (_, i) => ({
    _id: `episode-${i + 1}`,
    _type: 'podcastEpisode',
    title: `Episode ${i + 1}`,
    guid: `g${i + 1}`,
  }));
const settings: SeedDocument = { _id: 'podcast', _type: 'podcast', title: 'Imported Show' };
const stored = (running: RunningContentLakeServer) =>
  running
    .documents()
    .map(({ _id, _type, title }) => ({ _id, _type, title }))
    .sort((a, b) => a._id.localeCompare(b._id));

/** Answers mutate requests from the `from`-th on with `status`, as the API does when it refuses one. */
const refuseFrom =
  (from: number, status: number, message = 'try again later'): ContentLakeServerOptions['interceptMutation'] =>
  async (request, response, count) => {
    if (count < from) return false;
    for await (const _chunk of request);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Refused', message, statusCode: status }));
    return true;
  };

describe('writeToContentLake', () => {
  it('sends the settings merge first, then every document, in transactions of at most the batch size', async () => {
    const { lake, client } = await start();
    expect(await writeToContentLake(client, { documents: episodes(5), mergeDocuments: [settings] }, 3)).toBe(3);
    expect(lake.transactions().map((t) => t.mutations.length)).toEqual([3, 3, 1]);
    expect(lake.transactions()[0]!.mutations.map((m) => Object.keys(m)[0])).toEqual([
      'createIfNotExists',
      'patch',
      'createOrReplace',
    ]);
    expect(stored(lake)).toEqual(
      [
        ...episodes(5).map(({ _id, _type, title }) => ({ _id, _type, title })),
        { _id: 'podcast', _type: 'podcast', title: 'Imported Show' },
      ].sort((a, b) => a._id.localeCompare(b._id)),
    );
  });

  it('merges the settings into the existing ones: fields set in the studio stay', async () => {
    const { lake, client } = await start();
    await client.create({
      _id: 'podcast',
      _type: 'podcast',
      title: 'Old title',
      subscribeLinks: [{ _key: 'a', url: 'https://example.org/listen' }],
    });
    await writeToContentLake(client, { documents: [], mergeDocuments: [settings] });
    expect(lake.documents().find((d) => d._id === 'podcast')).toMatchObject({
      title: 'Imported Show',
      subscribeLinks: [{ _key: 'a', url: 'https://example.org/listen' }],
    });
  });

  it('gives every array item a key, as the Content Lake requires', async () => {
    const { lake, client } = await start();
    await writeToContentLake(client, {
      documents: [{ _id: 'e', _type: 'podcastEpisode', chapters: [{ title: 'One' }, { title: 'Two' }] }],
      mergeDocuments: [{ ...settings, categories: [{ category: 'Arts' }] }],
    });
    const keysOf = (id: string, field: string) =>
      (lake.documents().find((d) => d._id === id)![field] as Array<{ _key?: string }>).map((item) => typeof item._key);
    expect(keysOf('e', 'chapters')).toEqual(['string', 'string']);
    expect(keysOf('podcast', 'categories')).toEqual(['string']);
  });

  it(`uses transactions of ${DEFAULT_BATCH_SIZE} mutations by default`, async () => {
    const { lake, client } = await start();
    expect(DEFAULT_BATCH_SIZE).toBe(100);
    expect(await writeToContentLake(client, { documents: episodes(201) })).toBe(3);
    expect(lake.transactions().map((t) => t.mutations.length)).toEqual([100, 100, 1]);
    expect(await writeToContentLake(client, { documents: episodes(100) })).toBe(1);
  });

  it('writes nothing and needs no transaction for nothing', async () => {
    const { lake, client } = await start();
    expect(await writeToContentLake(client, { documents: [] })).toBe(0);
    expect(lake.mutationRequests()).toBe(0);
  });

  it('when a later transaction is refused, keeps the earlier ones, says how far it got, and a re-run completes the import', async () => {
    let refusing = true;
    const refuse = refuseFrom(3, 503);
    const { lake, client } = await start({
      interceptMutation: (request, response, count) => (refusing ? refuse!(request, response, count) : false),
    });
    const write = { documents: episodes(6), mergeDocuments: [settings] };
    const error = await writeToContentLake(client, write, 3).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentLakeWriteError);
    const refused = error as ContentLakeWriteError;
    expect(refused.name).toBe('ContentLakeWriteError');
    expect([refused.committedTransactions, refused.committedDocuments]).toEqual([2, 5]);
    expect(refused.message).toBe(
      'transaction 3 of 3 was refused: the Content Lake answered HTTP 503: Refused - try again later. 5 of 7 documents were written in the 2 transactions before it and are kept. Fix the cause and run the same command again: it writes every document again under the same id, so the import completes without duplicates.',
    );
    // What the message says is what the dataset holds: the settings and episodes 1-4, whole.
    expect(stored(lake).map((d) => d._id)).toEqual(['episode-1', 'episode-2', 'episode-3', 'episode-4', 'podcast']);
    refusing = false;
    expect(await writeToContentLake(client, write, 3)).toBe(3);
    expect(stored(lake).map((d) => d._id)).toEqual([
      'episode-1',
      'episode-2',
      'episode-3',
      'episode-4',
      'episode-5',
      'episode-6',
      'podcast',
    ]);
  });

  it("quotes the API's reason without trailing white space", async () => {
    const { client } = await start({ interceptMutation: refuseFrom(1, 500, 'boom \n') });
    await expect(writeToContentLake(client, { documents: episodes(1) })).rejects.toThrow(
      /^transaction 1 of 1 was refused: the Content Lake answered HTTP 500: Refused - boom\. Nothing was written\./,
    );
  });

  it('asks for async visibility, so a large import does not wait for the query index after each transaction', async () => {
    const urls: string[] = [];
    const { client } = await start({ interceptMutation: (request) => (urls.push(request.url ?? ''), false) });
    await writeToContentLake(client, { documents: episodes(3) }, 2);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(new URL(url, 'http://127.0.0.1').searchParams.get('visibility')).toBe('async');
  });

  it('counts one committed transaction in the singular', async () => {
    const { client } = await start({ interceptMutation: refuseFrom(2, 500, 'boom') });
    await expect(writeToContentLake(client, { documents: episodes(4) }, 2)).rejects.toThrow(
      /^transaction 2 of 2 was refused: the Content Lake answered HTTP 500: Refused - boom\. 2 of 4 documents were written in the 1 transaction before it and are kept\. Fix the cause/,
    );
  });

  it.each([
    [401, 'the Content Lake refused the write token (HTTP 401): check SANITY_API_WRITE_TOKEN'],
    [403, 'the token may not write to this dataset (HTTP 403): SANITY_API_WRITE_TOKEN needs the Editor role'],
    [404, 'the project or dataset was not found (HTTP 404): check SANITY_PROJECT_ID and SANITY_DATASET'],
  ])('says what to fix when the API answers %i, and that nothing was written', async (status, reason) => {
    const { lake, client } = await start({ interceptMutation: refuseFrom(1, status) });
    const error = await writeToContentLake(client, { documents: episodes(2) }).then(
      () => null,
      (e: unknown) => e as ContentLakeWriteError,
    );
    expect(error?.message).toBe(
      `transaction 1 of 1 was refused: ${reason}. Nothing was written. Fix the cause and run the same command again: it writes every document again under the same id, so the import completes without duplicates.`,
    );
    expect([error?.committedTransactions, error?.committedDocuments]).toEqual([0, 0]);
    expect(lake.documents()).toEqual([]);
    // An answer from the API is final: the transaction is not sent again.
    expect(lake.mutationRequests()).toBe(1);
  });

  it('sends a transaction again when the connection drops before the answer, up to 3 attempts', async () => {
    let drops = 2;
    const { lake, client } = await start({
      interceptMutation: (request) => {
        if (drops === 0) return false;
        drops--;
        request.socket.destroy();
        return true;
      },
    });
    expect(await writeToContentLake(client, { documents: episodes(2) })).toBe(1);
    expect(lake.mutationRequests()).toBe(3);
    expect(stored(lake).map((d) => d._id)).toEqual(['episode-1', 'episode-2']);
  });

  it('gives up after 3 dropped connections, saying the Content Lake could not be reached', async () => {
    const { lake, client } = await start({
      interceptMutation: (request) => {
        request.socket.destroy();
        return true;
      },
    });
    await expect(writeToContentLake(client, { documents: episodes(1) })).rejects.toThrow(
      /^transaction 1 of 1 was refused: the Content Lake could not be reached: fetch failed\. Nothing was written\./,
    );
    expect(lake.mutationRequests()).toBe(3);
  });
});

describe('targetFromEnv', () => {
  it('reads the project, dataset, token, API version and a local API host', () => {
    expect(
      targetFromEnv({
        SANITY_PROJECT_ID: 'p1',
        SANITY_DATASET: 'staging',
        SANITY_API_WRITE_TOKEN: 'tok',
        SANITY_API_VERSION: '2024-01-01',
        SANITY_API_HOST: 'http://127.0.0.1:9',
      }),
    ).toEqual({
      projectId: 'p1',
      dataset: 'staging',
      token: 'tok',
      apiVersion: '2024-01-01',
      apiHost: 'http://127.0.0.1:9',
    });
    expect(targetFromEnv({ SANITY_PROJECT_ID: 'p1', SANITY_API_WRITE_TOKEN: 'tok' })).toEqual({
      projectId: 'p1',
      dataset: 'production',
      token: 'tok',
      apiVersion: DEFAULT_API_VERSION,
    });
  });

  it.each([
    [{}, 'SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN'],
    [{ SANITY_PROJECT_ID: 'p1' }, 'SANITY_API_WRITE_TOKEN'],
    [{ SANITY_API_WRITE_TOKEN: 'tok' }, 'SANITY_PROJECT_ID'],
  ])('names what is missing from %j', (env, missing) => {
    expect(() => targetFromEnv(env)).toThrow(
      new Error(`--to-content-lake needs ${missing} in the environment (and SANITY_DATASET, default "production")`),
    );
  });
});

describe('clientFor', () => {
  it("talks to the project's API without the CDN, in the default API version unless told", () => {
    const config = clientFor({ projectId: 'p1', dataset: 'd1', token: 'tok' }).config();
    expect(config).toMatchObject({
      projectId: 'p1',
      dataset: 'd1',
      token: 'tok',
      apiVersion: DEFAULT_API_VERSION,
      useCdn: false,
      useProjectHostname: true,
    });
    expect(
      clientFor({ projectId: 'p1', dataset: 'd1', token: 'tok', apiVersion: '2024-01-01' }).config().apiVersion,
    ).toBe('2024-01-01');
  });

  it('talks to a local API host without a project hostname', () => {
    expect(
      clientFor({ projectId: 'p1', dataset: 'd1', token: 'tok', apiHost: 'http://127.0.0.1:9' }).config(),
    ).toMatchObject({ apiHost: 'http://127.0.0.1:9', useProjectHostname: false });
  });
});
