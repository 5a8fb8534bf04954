import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connect } from 'node:http2';
import {
  createClient,
  type ClientConfig,
  type ListenEvent,
  type LiveEvent,
  type MutationEvent,
  type SanityClient,
} from '@sanity/client';
import { applyPatch } from 'mendoza';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ContentError,
  contentQueries,
  contentSourceFromEnv,
  createContentLakeSource,
  createEmbeddedSource,
  DEFAULT_API_VERSION,
  loadContent,
  type ContentLakeConfig,
} from '@frm/content';
import { seedDatasetPath } from './seedDatasetPath.ts';
import {
  startContentLakeServer,
  type ContentLakeServerOptions,
  type RunningContentLakeServer,
} from './contentLakeServer.ts';

/*
 * The stand-in's Content Lake behaviour, each through the real @sanity/client: perspectives, POST
 * queries, mutations, listen and live events, auth, and asset URLs in the API's form.
 */

const params = { now: '2026-11-01T00:00:00.000Z' };
const DRAFTED = 'post-sabbath-rhythms-for-busy-families';
const PUBLISHED_TITLE = 'Sabbath Rhythms for Busy Families';
const DRAFT_TITLE = 'Sabbath Rhythms for Busy Families (and Tired Parents)';
const IN_RELEASE = 'post-how-to-host-a-family-worship-night';
const EVENT_TIMEOUT_MS = 20_000;
/** Tests that wait for events or start several servers get room on a loaded 2-core machine. */
const LOADED_MACHINE_TIMEOUT_MS = 60_000;

let server: RunningContentLakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<ContentLakeServerOptions> = {}): Promise<RunningContentLakeServer> {
  server = await startContentLakeServer({ exportPath: seedDatasetPath, ...options });
  return server;
}

function clientOf(running: RunningContentLakeServer, config: Partial<ClientConfig> = {}): SanityClient {
  return createClient({
    projectId: running.projectId,
    dataset: running.dataset,
    apiVersion: DEFAULT_API_VERSION,
    useCdn: false,
    apiHost: running.url,
    useProjectHostname: false,
    maxRetries: 0,
    ...config,
  });
}

async function lake(options: Partial<ContentLakeServerOptions> = {}, config: Partial<ContentLakeConfig> = {}) {
  const running = await start(options);
  return createContentLakeSource({
    projectId: running.projectId,
    dataset: running.dataset,
    apiVersion: DEFAULT_API_VERSION,
    apiHost: running.url,
    retry: { baseDelayMs: 1, sleep: async () => {} },
    ...config,
  });
}

/** Collects what an observable emits and waits for an item, without sleeping. */
function collect<T>(observable: {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}) {
  const items: T[] = [];
  let failure: unknown;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());
  const subscription = observable.subscribe({
    next: (value) => {
      items.push(value);
      wake();
    },
    error: (error) => {
      failure = error ?? new Error('stream failed');
      wake();
    },
  });
  return {
    items,
    stop: () => subscription.unsubscribe(),
    /** The first item (from `from` on) that passes `test`. */
    until(test: (item: T) => boolean, from = 0): Promise<T> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = items.slice(from).find(test);
          if (found !== undefined || failure) {
            waiters.delete(check);
            clearTimeout(timer);
            if (found !== undefined) resolve(found);
            else reject(failure instanceof Error ? failure : new Error(String(failure)));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching event within ${EVENT_TIMEOUT_MS} ms; got ${JSON.stringify(items.map((i) => (i as { type?: string }).type))}`,
            ),
          );
        }, EVENT_TIMEOUT_MS);
        waiters.add(check);
        check();
      });
    },
  };
}

describe('perspectives', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  const titleQuery = `*[_type == "post" && slug.current match "sabbath*"]{_id, _originalId, title}`;

  it('reads published content by default (API version 2025-02-19), without _originalId', async () => {
    const client = clientOf(await start());
    expect(await client.fetch(titleQuery)).toEqual([{ _id: DRAFTED, _originalId: null, title: PUBLISHED_TITLE }]);
    const ids: string[] = await client.fetch('*[_type == "post"]._id');
    expect(ids.filter((id) => id.includes('.'))).toEqual([]);
  });

  it('reads raw by default before API version 2025-02-19, and with perspective=raw', async () => {
    const running = await start();
    for (const client of [clientOf(running, { apiVersion: '2024-01-01' }), clientOf(running, { perspective: 'raw' })]) {
      const ids: string[] = await client.fetch('*[_type == "post"]._id');
      expect(ids).toContain(DRAFTED);
      expect(ids).toContain(`drafts.${DRAFTED}`);
      expect(ids).toContain(`versions.rSpring.${IN_RELEASE}`);
    }
  });

  it('drafts overlays each draft on its published document, under the published id', async () => {
    const running = await start();
    const drafts = clientOf(running, { perspective: 'drafts' });
    expect(await drafts.fetch(titleQuery)).toEqual([
      { _id: DRAFTED, _originalId: `drafts.${DRAFTED}`, title: DRAFT_TITLE },
    ]);
    const [published, overlaid] = await Promise.all([
      clientOf(running).fetch<string[]>('*[_type == "post"]._id'),
      drafts.fetch<string[]>('*[_type == "post"]._id'),
    ]);
    expect([...overlaid].sort()).toEqual([...published].sort());
    // Release versions are not drafts: only a stack that names the release shows them.
    expect(await drafts.fetch('*[_id == $id][0].title', { id: IN_RELEASE })).toBe('How to Host a Family Worship Night');
    const spring = clientOf(running, { perspective: ['rSpring', 'drafts'] });
    expect(await spring.fetch('*[_id == $id][0]{title, _originalId}', { id: IN_RELEASE })).toEqual({
      title: 'How to Host an Easter Worship Night',
      _originalId: `versions.rSpring.${IN_RELEASE}`,
    });
    expect(await spring.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(DRAFT_TITLE);
  });

  it('follows references to the overlaid documents', async () => {
    const running = await start();
    const query = '*[_id == "episode-s1e4-sabbath-rhythms-for-busy-families"][0].relatedPosts[]->title';
    expect(await clientOf(running, { perspective: 'drafts' }).fetch(query)).toEqual([DRAFT_TITLE]);
    expect(await clientOf(running).fetch(query)).toEqual([PUBLISHED_TITLE]);
  });

  it('never shows drafts or versions to a request without a token, whatever the perspective', async () => {
    const running = await start({ token: 'write-token', publicRead: true });
    const anonymous = clientOf(running, { perspective: 'drafts' });
    expect(await anonymous.fetch(titleQuery)).toEqual([{ _id: DRAFTED, _originalId: DRAFTED, title: PUBLISHED_TITLE }]);
    const raw: string[] = await clientOf(running, { perspective: 'raw' }).fetch('*._id');
    expect(raw.filter((id) => id.includes('.'))).toEqual([]);
    const withToken = clientOf(running, { perspective: 'drafts', token: 'write-token' });
    expect(await withToken.fetch(`${titleQuery}[0].title`)).toBe(DRAFT_TITLE);
  });

  it('rejects an unknown perspective with a 400', async () => {
    const client = clientOf(await start());
    await expect(client.fetch('*[0]', {}, { perspective: 'raw,drafts' as never })).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});

describe('POST queries', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('answers a query too long for a URL, which the client sends as POST, like the same query by GET', async () => {
    const methods: string[] = [];
    const running = await start({ intercept: (request) => (methods.push(request.method ?? ''), false) });
    const client = clientOf(running, { perspective: 'drafts', token: undefined });
    const short = await client.fetch('*[_type == "post" && title != $pad].title', { pad: 'x' });
    const long = await client.fetch('*[_type == "post" && title != $pad].title', { pad: 'x'.repeat(12_000) });
    expect(methods).toEqual(['GET', 'POST']);
    expect(long).toEqual(short);
    expect(long).toContain(DRAFT_TITLE);
  });

  it('reports a GROQ syntax error as the API does', async () => {
    const client = clientOf(await start());
    await expect(client.fetch('*[_type == ')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/GROQ query parse error/),
    });
  });
});

describe('mutations', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('creates, patches and deletes, and later queries see each change', async () => {
    const client = clientOf(await start());
    const created = await client.create({
      _id: 'topic-test',
      _type: 'topic',
      title: 'Test',
      count: 1,
      tags: [{ _key: 'a', label: 'one' }],
    });
    expect(created).toMatchObject({
      _id: 'topic-test',
      title: 'Test',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
    });
    expect(await client.fetch('*[_id == "topic-test"][0].title')).toBe('Test');

    const patched = await client
      .patch('topic-test')
      .set({ title: 'Renamed', 'tags[_key=="a"].label': 'uno' })
      .setIfMissing({ description: 'kept' })
      .inc({ count: 2 })
      .append('tags', [{ _key: 'b', label: 'two' }])
      .unset(['description'])
      .commit();
    expect(patched).toMatchObject({
      title: 'Renamed',
      count: 3,
      tags: [
        { _key: 'a', label: 'uno' },
        { _key: 'b', label: 'two' },
      ],
    });
    expect(patched).not.toHaveProperty('description');
    expect(patched._rev).not.toBe(created._rev);
    expect(patched._createdAt).toBe(created._createdAt);
    expect(await client.fetch('*[_id == "topic-test"][0]{title, count, "labels": tags[].label}')).toEqual({
      title: 'Renamed',
      count: 3,
      labels: ['uno', 'two'],
    });
    // The same query as before the patch: answers are never served stale.
    expect(await client.fetch('*[_id == "topic-test"][0].title')).toBe('Renamed');

    await client.delete('topic-test');
    expect(await client.fetch('*[_id == "topic-test"][0]')).toBeNull();
  });

  it('commits a transaction with the given id as every changed document`s _rev, and returns ids', async () => {
    const running = await start();
    const client = clientOf(running);
    const result = await client
      .transaction()
      .transactionId('tx-stand-in-1')
      .createOrReplace({ _id: 'topic-a', _type: 'topic', title: 'A' })
      .createIfNotExists({ _id: 'topic-b', _type: 'topic', title: 'B' })
      .createIfNotExists({ _id: 'topic-a', _type: 'topic', title: 'not applied' })
      .patch('topic-b', (p) => p.set({ title: 'B2' }))
      .commit();
    expect(result.transactionId).toBe('tx-stand-in-1');
    expect(result.documentIds.sort()).toEqual(['topic-a', 'topic-b']);
    expect(await client.fetch('*[_id in ["topic-a", "topic-b"]] | order(_id){_id, title, _rev}')).toEqual([
      { _id: 'topic-a', title: 'A', _rev: 'tx-stand-in-1' },
      { _id: 'topic-b', title: 'B2', _rev: 'tx-stand-in-1' },
    ]);
  });

  it('writes drafts that the drafts perspective shows and the published one does not', async () => {
    const running = await start();
    const client = clientOf(running);
    await client.patch(`drafts.${DRAFTED}`).set({ title: 'Edited draft' }).commit();
    expect(await clientOf(running, { perspective: 'drafts' }).fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(
      'Edited draft',
    );
    expect(await client.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(PUBLISHED_TITLE);
  });

  it('deletes by query and patches by query', async () => {
    const client = clientOf(await start());
    await client.mutate([{ patch: { query: '*[_type == "topic"]', set: { featured: true } } }]);
    expect(await client.fetch('count(*[_type == "topic" && featured])')).toBe(3);
    await client.delete({ query: '*[_type == "topic" && featured]' });
    expect(await client.fetch('count(*[_type == "topic"])')).toBe(0);
  });

  it('applies all of a transaction or nothing, and explains each failure', async () => {
    const client = clientOf(await start());
    const failed = client
      .transaction()
      .create({ _id: 'topic-new', _type: 'topic', title: 'New' })
      .create({ _id: DRAFTED, _type: 'post', title: 'Duplicate' })
      .patch('no-such-document', (p) => p.set({ title: 'x' }))
      .commit();
    await expect(failed).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringMatching(/already exists[\s\S]*does not exist/),
    });
    expect(await client.fetch('*[_id == "topic-new"][0]')).toBeNull();
    const rev = await client.fetch<string>('*[_id == $id][0]._rev', { id: DRAFTED });
    await expect(client.patch(DRAFTED).ifRevisionId('stale').set({ title: 'x' }).commit()).rejects.toMatchObject({
      statusCode: 409,
    });
    await client.patch(DRAFTED).ifRevisionId(rev).set({ title: 'Fresh' }).commit();
    expect(await client.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe('Fresh');
  });

  it('changes nothing on a dry run', async () => {
    const client = clientOf(await start());
    const result = await client.create({ _id: 'topic-dry', _type: 'topic', title: 'Dry' }, { dryRun: true });
    expect(result).toMatchObject({ _id: 'topic-dry', title: 'Dry' });
    expect(await client.fetch('*[_id == "topic-dry"][0]')).toBeNull();
  });

  it('can fail a chosen mutate request, leaving the dataset as it was', async () => {
    const running = await start({
      interceptMutation: (_request, response, count) => {
        if (count !== 2) return false;
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal"}');
        return true;
      },
    });
    const client = clientOf(running);
    await client.create({ _id: 'topic-1', _type: 'topic', title: '1' });
    await expect(client.create({ _id: 'topic-2', _type: 'topic', title: '2' })).rejects.toMatchObject({
      statusCode: 500,
    });
    await client.create({ _id: 'topic-3', _type: 'topic', title: '3' });
    expect(await client.fetch('*[_id in ["topic-1", "topic-2", "topic-3"]]._id | order(@)')).toEqual([
      'topic-1',
      'topic-3',
    ]);
    expect(running.mutationRequests()).toBe(3);
  });
});

describe('auth', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('answers a query without a token on a private dataset with an empty result, as the real API does', async () => {
    const running = await start({ token: 'write-token' });
    expect(await clientOf(running).fetch('*[0]')).toBeNull();
    expect(await clientOf(running).fetch('count(*)')).toBe(0);
    expect(await clientOf(running, { token: 'write-token' }).fetch('count(*)')).toBeGreaterThan(0);
    await expect(clientOf(running).create({ _type: 'topic', title: 'x' })).rejects.toMatchObject({ statusCode: 401 });
  });

  it('refuses a wrong token with 401, and writes with a read-only token with 403', async () => {
    const running = await start({ token: 'write-token', readToken: 'read-token' });
    await expect(clientOf(running, { token: 'wrong' }).fetch('*[0]')).rejects.toMatchObject({ statusCode: 401 });
    await expect(clientOf(running, { token: 'wrong' }).create({ _type: 'topic', title: 'x' })).rejects.toMatchObject({
      statusCode: 401,
    });
    const reader = clientOf(running, { token: 'read-token', perspective: 'drafts' });
    expect(await reader.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(DRAFT_TITLE);
    await expect(reader.create({ _type: 'topic', title: 'x' })).rejects.toMatchObject({ statusCode: 403 });
    await clientOf(running, { token: 'write-token' }).create({ _id: 'topic-ok', _type: 'topic', title: 'ok' });
    expect(await reader.fetch('*[_id == "topic-ok"][0].title')).toBe('ok');
  });

  it('refuses a listener with a wrong token', async () => {
    const running = await start({ token: 'write-token' });
    const events = collect<ListenEvent<Record<string, unknown>>>(
      clientOf(running, { token: 'wrong' }).listen('*', {}, { events: ['welcome', 'mutation'] }),
    );
    await expect(events.until(() => true)).rejects.toMatchObject({ name: 'ConnectionFailedError', status: 401 });
    events.stop();
  });
});

describe('listen', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('delivers mutation events for matching documents to client.listen(), with transition and result', async () => {
    const running = await start({ token: 'write-token' });
    const client = clientOf(running, { token: 'write-token' });
    const events = collect<ListenEvent<Record<string, unknown>>>(
      client.listen(
        '*[_type == "post"]',
        {},
        { events: ['welcome', 'mutation'], includeResult: true, includePreviousRevision: true },
      ),
    );
    try {
      await events.until((e) => e.type === 'welcome');
      await client.patch(`drafts.${DRAFTED}`).set({ title: 'Live title' }).commit();
      await client.createOrReplace({ _id: 'topic-unrelated', _type: 'topic', title: 'not a post' });
      await client.create({ _id: 'post-new', _type: 'post', title: 'New post' });
      await client.delete('post-new');

      const mutations = async (count: number) => {
        await events.until(() => events.items.filter((e) => e.type === 'mutation').length >= count);
        return events.items.flatMap((e) => (e.type === 'mutation' ? [e] : []));
      };
      const [update, appear, disappear] = await mutations(3);
      expect(update).toMatchObject({
        documentId: `drafts.${DRAFTED}`,
        transition: 'update',
        result: { title: 'Live title' },
        previous: { title: DRAFT_TITLE },
      });
      expect(update!.resultRev).toBe(update!.transactionId);
      expect(update!.mutations).toEqual([{ patch: { id: `drafts.${DRAFTED}`, set: { title: 'Live title' } } }]);
      // The topic does not match the filter, so the next event is the new post's.
      expect(appear).toMatchObject({ documentId: 'post-new', transition: 'appear', result: { title: 'New post' } });
      expect(disappear).toMatchObject({ documentId: 'post-new', transition: 'disappear' });
      expect(disappear).not.toHaveProperty('result');
    } finally {
      events.stop();
    }
  });

  it('shows a listener without a token no drafts', async () => {
    const running = await start({ token: 'write-token', publicRead: true });
    const writer = clientOf(running, { token: 'write-token' });
    const events = collect<ListenEvent<Record<string, unknown>>>(
      clientOf(running).listen('*[_type == "post"]', {}, { events: ['welcome', 'mutation'] }),
    );
    try {
      await events.until((e) => e.type === 'welcome');
      await writer.patch(`drafts.${DRAFTED}`).set({ title: 'secret' }).commit();
      await writer.patch(DRAFTED).set({ title: 'public' }).commit();
      const first = await events.until((e) => e.type === 'mutation');
      expect(first).toMatchObject({ documentId: DRAFTED });
    } finally {
      events.stop();
    }
  });
});

describe('live content API', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('answers queries with sync tags and sends them in a message after a mutation', async () => {
    const running = await start({ token: 'write-token' });
    const client = clientOf(running, { token: 'write-token' });
    const { syncTags } = await client.fetch('*[_type == "post"][0].title', {}, { filterResponse: false });
    expect(syncTags?.length).toBeGreaterThan(0);
    const published = collect<LiveEvent>(client.live.events());
    const drafts = collect<LiveEvent>(client.live.events({ includeDrafts: true }));
    try {
      await Promise.all([published.until((e) => e.type === 'welcome'), drafts.until((e) => e.type === 'welcome')]);
      const draftEdit = await client
        .transaction()
        .patch(`drafts.${DRAFTED}`, (p) => p.set({ title: 'draft edit' }))
        .commit();
      const publishedEdit = await client
        .transaction()
        .patch(DRAFTED, (p) => p.set({ title: 'published edit' }))
        .commit();

      const draftMessage = await drafts.until((e) => e.type === 'message' && e.id === draftEdit.transactionId);
      const { syncTags: draftTags } = await client.fetch(
        '*[_type == "post"][0].title',
        {},
        { filterResponse: false, perspective: 'drafts' },
      );
      expect(draftMessage.type === 'message' && draftMessage.tags).toEqual(
        expect.arrayContaining(draftTags ?? ['missing']),
      );

      // Without includeDrafts the draft edit is not announced: the first message is the published edit's.
      const first = await published.until((e) => e.type === 'message');
      expect(first).toMatchObject({
        id: publishedEdit.transactionId,
        tags: expect.arrayContaining(syncTags ?? ['missing']),
      });
    } finally {
      published.stop();
      drafts.stop();
    }
  });
});

describe('assets', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('answers asset URLs in the API`s CDN form and serves the files at the same path', async () => {
    const running = await start();
    const client = clientOf(running);
    const audio = await client.fetch<{ url: string; path: string; mimeType: string; sha1hash: string }>(
      '*[_type == "podcastEpisode"][0].audio.file.asset->{url, path, mimeType, sha1hash}',
    );
    expect(audio.url).toMatch(/^https:\/\/cdn\.sanity\.io\/files\/frmtest\/production\/[0-9a-f]{40}\.mp3$/);
    expect(audio.url).toBe(`https://cdn.sanity.io/${audio.path}`);
    expect(audio.url).toContain(audio.sha1hash);
    const image = await client.fetch<{ url: string; width: number; height: number }>(
      '*[_type == "sanity.imageAsset"][0]{url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}',
    );
    expect(image.url).toMatch(
      new RegExp(
        `^https://cdn\\.sanity\\.io/images/frmtest/production/[0-9a-f]{40}-${image.width}x${image.height}\\.(jpg|png|webp)$`,
      ),
    );

    const response = await fetch(audio.url.replace('https://cdn.sanity.io', running.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(audio.mimeType);
    const onDisk = await readFile(join(seedDatasetPath, 'files', audio.url.split('/').pop()!));
    expect(Buffer.from(await response.arrayBuffer()).equals(onDisk)).toBe(true);
    expect((await fetch(`${running.url}/files/frmtest/production/0000.mp3`)).status).toBe(404);
  });
});

describe('asset uploads', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('creates the asset document client.assets.upload expects, once per content, and serves the bytes', async () => {
    const running = await start({ token: 'write-token' });
    const client = clientOf(running, { token: 'write-token' });
    const bytes = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n');
    const asset = await client.assets.upload('file', bytes, { filename: 'hello.vtt' });
    expect(asset).toMatchObject({
      _id: expect.stringMatching(/^file-[0-9a-f]{40}-vtt$/),
      _type: 'sanity.fileAsset',
      mimeType: 'text/vtt',
      size: bytes.length,
      originalFilename: 'hello.vtt',
    });
    expect(asset.url).toBe(`https://cdn.sanity.io/files/frmtest/production/${asset.sha1hash}.vtt`);
    expect((await client.assets.upload('file', bytes, { filename: 'again.vtt' }))._id).toBe(asset._id);
    expect(await client.fetch('count(*[_type == "sanity.fileAsset" && sha1hash == $h])', { h: asset.sha1hash })).toBe(
      1,
    );
    const served = await fetch(asset.url.replace('https://cdn.sanity.io', running.url));
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    await expect(clientOf(running).assets.upload('file', bytes)).rejects.toMatchObject({ statusCode: 401 });
  });
});

describe('the Content Lake source on the stand-in', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('loads the same validated content as the embedded export, but with CDN asset URLs', async () => {
    const now = new Date(params.now);
    const [embedded, contentLake] = await Promise.all([
      loadContent(await createEmbeddedSource(seedDatasetPath), { now }),
      loadContent(await lake(), { now }),
    ]);
    expect(embedded.posts.length).toBeGreaterThanOrEqual(7);
    const cdnUrls =
      JSON.stringify(contentLake).match(/https:\/\/cdn\.sanity\.io\/(images|files)\/frmtest\/production\/[^"]+/g) ?? [];
    expect(cdnUrls.length).toBeGreaterThan(10);
    // The one difference: the export's relative asset locations are the API's CDN URLs and paths.
    const relative = JSON.parse(
      JSON.stringify(contentLake).replace(
        /(https:\/\/cdn\.sanity\.io\/)?(images|files)\/frmtest\/production\//g,
        '$2/',
      ),
    );
    expect(relative).toEqual(JSON.parse(JSON.stringify(embedded)));
  });

  it('reads drafts with SANITY_PERSPECTIVE=drafts and the read token, from SANITY_API_HOST', async () => {
    const running = await start({ token: 'write-token', readToken: 'read-token' });
    const env = {
      SANITY_PROJECT_ID: running.projectId,
      SANITY_API_HOST: running.url,
      SANITY_API_READ_TOKEN: 'read-token',
    };
    const drafts = await contentSourceFromEnv({ ...env, SANITY_PERSPECTIVE: 'drafts' }, '/nonexistent');
    expect(drafts.description).toContain('(drafts)');
    expect(await drafts.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(DRAFT_TITLE);
    const published = await contentSourceFromEnv(env, '/nonexistent');
    expect(await published.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(PUBLISHED_TITLE);
  });

  it('reads a public dataset without a token, published documents only', async () => {
    const running = await start({ token: 'write-token', publicRead: true });
    const source = await contentSourceFromEnv(
      { SANITY_PROJECT_ID: running.projectId, SANITY_API_HOST: running.url },
      '/nonexistent',
    );
    expect(await source.fetch('*[_type == "post" && _id match "drafts.*"]._id', {})).toEqual([]);
    expect(await source.fetch('*[_id == $id][0].title', { id: DRAFTED })).toBe(PUBLISHED_TITLE);
  });
});

describe('Content Lake faults', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  it('retries a 429 after the Retry-After the server asked for', async () => {
    const source = await lake({
      intercept: (_req, res, count) => {
        if (count > 1) return false;
        res
          .writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' })
          .end('{"error":"Too Many Requests"}');
        return true;
      },
    });
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
    expect(server?.requests()).toBe(2);
  });

  it('gives up on a server that fails forever, with a clear message', async () => {
    const source = await lake(
      {
        intercept: (_req, res) => {
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal"}');
          return true;
        },
      },
      { retry: { retries: 3, baseDelayMs: 1, sleep: async () => {} } },
    );
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(
      /kept failing \(HTTP 500\) after every retry/,
    );
    expect(server?.requests()).toBe(4);
  });

  it('times out a slow answer and retries it', async () => {
    const source = await lake(
      {
        intercept: async (_req, res, count) => {
          if (count > 1) return false;
          await new Promise((resolve) => setTimeout(resolve, 1500));
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":[]}');
          return true;
        },
      },
      { timeoutMs: 300 },
    );
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
    expect(server?.requests()).toBe(2);
  });

  it('reports a truncated body as invalid JSON', async () => {
    const source = await lake({
      intercept: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":[{"_id":"topic-marr');
        return true;
      },
    });
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(/not valid JSON/);
  });

  it('reports a refused token without printing it', async () => {
    const source = await lake({ token: 'right-token' }, { token: 'wrong-token-marker-5f1c' });
    const error = (await source.fetch(contentQueries.topics, params).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/refused the read token \(HTTP 401\).*SANITY_API_READ_TOKEN/);
    expect(error.message).not.toContain('wrong-token-marker-5f1c');
  });

  it('says a private dataset read without a token has no documents, with the likely causes, not "site settings missing"', async () => {
    const source = await lake({ token: 'right-token' });
    const error = (await loadContent(source, { now: new Date(params.now) }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/answered with no documents of any type the site is built from/);
    expect(error.message).toMatch(
      /dataset is private and SANITY_API_READ_TOKEN is not set.*SANITY_DATASET.*SANITY_PROJECT_ID/,
    );
    expect(error.message).not.toMatch(/create and publish/);
  });

  it('reads with the right token', async () => {
    const source = await lake({ token: 'right-token' }, { token: 'right-token' });
    await expect(source.fetch(contentQueries.topics, params)).resolves.toHaveLength(3);
  });

  it('reports a missing dataset', async () => {
    const source = await lake({}, { dataset: 'staging' });
    await expect(source.fetch(contentQueries.topics, params)).rejects.toThrow(/dataset was not found.*SANITY_DATASET/);
  });
});

describe('what Studio 6 sends', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  const POST_ID = 'post-rebuilding-intimacy-and-trust';
  const raw = (running: RunningContentLakeServer) => clientOf(running).withConfig({ perspective: 'raw' });

  it('edits through the Actions API: a draft starts from the published document, then publish, unpublish, discard and delete', async () => {
    const running = await start();
    const client = clientOf(running);
    const draftId = `drafts.${POST_ID}`;
    const published = await raw(running).getDocument(POST_ID);

    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId,
      publishedId: POST_ID,
      patch: { set: { title: 'Edited' } },
    });
    const draft = await raw(running).getDocument(draftId);
    expect(draft).toMatchObject({ _id: draftId, title: 'Edited', slug: published!.slug, body: published!.body });

    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId,
      publishedId: POST_ID,
      ifPublishedRevisionId: published!._rev,
    });
    expect(await raw(running).getDocument(draftId)).toBeUndefined();
    expect(await raw(running).getDocument(POST_ID)).toMatchObject({
      title: 'Edited',
      _createdAt: published!._createdAt,
    });

    await client.action({ actionType: 'sanity.action.document.unpublish', draftId, publishedId: POST_ID });
    expect(await raw(running).getDocument(POST_ID)).toBeUndefined();
    expect(await raw(running).getDocument(draftId)).toMatchObject({ title: 'Edited' });

    await client.action({ actionType: 'sanity.action.document.discard', draftId });
    expect(await raw(running).getDocument(draftId)).toBeUndefined();

    await client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'topic-new',
      attributes: { _id: 'drafts.topic-new', _type: 'topic', title: 'New' },
      ifExists: 'fail',
    });
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.topic-new',
      publishedId: 'topic-new',
    });
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.topic-new',
      publishedId: 'topic-new',
      patch: { set: { title: 'Newer' } },
    });
    await client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'topic-new',
      includeDrafts: ['drafts.topic-new'],
    });
    expect(await raw(running).getDocuments(['topic-new', 'drafts.topic-new'])).toEqual([null, null]);
  });

  it('refuses a publish on a stale revision, a create of an existing draft and an unknown action, changing nothing', async () => {
    const running = await start();
    const client = clientOf(running);
    const before = running.documents();
    await expect(
      client.action({
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${DRAFTED}`,
        publishedId: DRAFTED,
        ifPublishedRevisionId: 'stale',
      }),
    ).rejects.toThrow(/revision/);
    await expect(
      client.action({
        actionType: 'sanity.action.document.create',
        publishedId: DRAFTED,
        attributes: { _id: `drafts.${DRAFTED}`, _type: 'post' },
        ifExists: 'fail',
      }),
    ).rejects.toThrow(/already exists/);
    await expect(client.action({ actionType: 'sanity.action.document.bogus' } as never)).rejects.toThrow(
      /Unsupported actionType/,
    );
    expect(running.documents()).toEqual(before);
  });

  it('sends listen events with mendoza effects that turn the previous revision into the result, deletes included', async () => {
    const running = await start();
    const client = clientOf(running);
    const draftId = `drafts.${POST_ID}`;
    const events = collect<ListenEvent<Record<string, unknown>>>(
      client.listen(
        '*[_id in $ids]',
        { ids: [POST_ID, draftId] },
        { events: ['welcome', 'mutation'], includeResult: false, effectFormat: 'mendoza' },
      ),
    );
    try {
      await events.until((e) => e.type === 'welcome');
      await client.action({
        actionType: 'sanity.action.document.edit',
        draftId,
        publishedId: POST_ID,
        patch: { set: { title: 'Edited' } },
      });
      const created = (await events.until((e) => e.type === 'mutation' && e.documentId === draftId)) as MutationEvent;
      expect(applyPatch(null, created.effects!.apply)).toMatchObject({ _id: draftId, title: 'Edited' });

      const published = (await raw(running).getDocument(POST_ID))!;
      const { _rev, ...withoutRev } = published;
      await client.action({ actionType: 'sanity.action.document.publish', draftId, publishedId: POST_ID });
      const changed = (await events.until((e) => e.type === 'mutation' && e.documentId === POST_ID)) as MutationEvent;
      expect(changed.previousRev).toBe(_rev);
      expect(applyPatch(withoutRev, changed.effects!.apply)).toMatchObject({ _id: POST_ID, title: 'Edited' });
      expect(applyPatch(applyPatch(withoutRev, changed.effects!.apply), changed.effects!.revert)).toEqual(withoutRev);
      // The Studio chains a document's events by revision: a delete names its transaction as resultRev.
      const deleted = (await events.until(
        (e) => e.type === 'mutation' && e.documentId === draftId && e.transition === 'disappear',
      )) as MutationEvent;
      expect(deleted.resultRev).toBe(deleted.transactionId);
      expect(applyPatch({ any: 'thing' }, deleted.effects!.apply)).toBeNull();
    } finally {
      events.stop();
    }
  });

  it('answers the GROQ the Studio sends: slices bounded by parameters and text::query search', async () => {
    const running = await start();
    const client = clientOf(running, { perspective: 'raw' });
    expect(await client.fetch('*[_type == "post"] | order(_id asc) [0...$__limit]._id', { __limit: 2 })).toHaveLength(
      2,
    );
    // A word from the body of one post only, as the Studio's search and "Documents on this page" ask.
    const search =
      '*[_type == "post" && !(_id in path("drafts.**")) && [@, _id] match text::query($__query)] | score(boost(title match text::query($__query), 10)) | order(_score desc)._id';
    expect(await client.fetch(search, { __query: 'covenan*' })).toEqual(['post-rebuilding-intimacy-and-trust']);
    expect(await client.fetch(search, { __query: 'nosuchwordanywhere' })).toEqual([]);
    // The hidden search text never shows in a result.
    const [post] = await client.fetch<Array<Record<string, unknown>>>(
      '*[_id == $id && [@] match text::query("covenant")]{...}',
      { id: POST_ID },
    );
    expect(Object.keys(post!).every((key) => !key.includes('searchText'))).toBe(true);
  });

  it('serves the API as HTTP/2 over TLS beside HTTP, with CORS for a browser origin', async () => {
    const running = await start({ securePort: 0 });
    expect(running.secureUrl).toMatch(/^https:\/\/localhost:\d+$/);
    const session = connect(running.secureUrl!, { rejectUnauthorized: false });
    try {
      const answer = (headers: Record<string, string>) =>
        new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
          const stream = session.request(headers);
          let body = '';
          let head: Record<string, unknown> = {};
          stream.on('response', (h) => (head = h));
          stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
          stream.on('end', () => resolve({ status: Number(head[':status']), headers: head, body }));
          stream.on('error', reject);
          stream.end();
        });
      const query = await answer({
        ':path': `/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "post"])')}`,
        origin: 'http://127.0.0.1:4450',
      });
      expect(query.status).toBe(200);
      expect(JSON.parse(query.body).result).toBeGreaterThan(0);
      expect(query.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4450');
      expect(query.headers['access-control-allow-credentials']).toBe('true');
      const preflight = await answer({
        ':method': 'OPTIONS',
        ':path': '/v2025-02-19/data/actions/production',
        origin: 'http://127.0.0.1:4450',
        'access-control-request-headers': 'authorization,content-type',
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toBe('authorization,content-type');
    } finally {
      session.close();
    }
  });
});
