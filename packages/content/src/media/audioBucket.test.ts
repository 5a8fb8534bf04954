import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AudioBucket } from '../config/env.ts';
import type { SiteContent } from '../load/loadContent.ts';
import { ContentError } from '../report/contentProblems.ts';
import { SANITY_CDN_ORIGIN } from '../sources/assetDownloadUrl.ts';
import { startLocalS3, type LocalS3 } from '../testing/localS3.ts';
import { audioKey, moveAudioToBucket, moveAudioToBucketFromEnv } from './audioBucket.ts';

/*
 * Against s3rver, a local S3-compatible server on 127.0.0.1 (requests signed by aws4fetch, as
 * for R2, B2 and S3), and a local stand-in for Sanity's CDN that counts downloads and can fail one file.
 */

let s3: LocalS3;
let endpoint: string;
let cdn: Server;
let cdnBase: string;
const files = new Map<string, Buffer>();
const failing = new Set<string>();
const downloads: string[] = [];

const bucket = (overrides: Partial<AudioBucket> = {}): AudioBucket => ({
  endpoint,
  bucket: 'audio',
  publicUrl: 'https://audio.example.org',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  region: undefined,
  ...overrides,
});

/** An uploaded MP3 as the Content Lake describes it: asset id from the bytes' SHA-1, CDN URL. */
function upload(bytes: Buffer) {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const path = `/files/frmtest/production/${sha1}.mp3`;
  files.set(path, bytes);
  return {
    _id: `file-${sha1}-mp3`,
    url: `${SANITY_CDN_ORIGIN}${path}`,
    mimeType: 'audio/mpeg',
    size: bytes.length,
    originalFilename: `${sha1.slice(0, 6)}.mp3`,
  };
}

function episode(n: number, file: ReturnType<typeof upload> | null, url: string | null = null) {
  return {
    _id: `episode-${n}`,
    title: `Episode ${n}`,
    guid: null,
    audio: {
      mimeType: 'audio/mpeg',
      sizeBytes: file?.size ?? 1000,
      durationSeconds: 60,
      url,
      file: file && { ...file },
    },
  };
}

/** The parts of SiteContent the copy reads and rewrites: episodes, and a post's summary of one. */
function content(...episodes: ReturnType<typeof episode>[]): SiteContent {
  return {
    episodes,
    posts: [{ _id: 'post-1', relatedEpisodes: episodes.slice(0, 1).map((e) => structuredClone(e)) }],
  } as unknown as SiteContent;
}

const move = (site: SiteContent, config = bucket()) =>
  moveAudioToBucket(
    site,
    config,
    (url) => url.replace(SANITY_CDN_ORIGIN, cdnBase),
    () => {},
  );

/** What a listener gets from the bucket (a plain GET; s3rver serves it like a public bucket). */
async function inBucket(key: string): Promise<Buffer | undefined> {
  const response = await fetch(`${endpoint}/audio/${key}`);
  return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
}

beforeAll(async () => {
  s3 = await startLocalS3('audio');
  endpoint = s3.endpoint;
  cdn = createServer((req, res) => {
    downloads.push(req.url!);
    const bytes = files.get(req.url!);
    if (failing.has(req.url!) || !bytes) return res.writeHead(failing.has(req.url!) ? 503 : 404).end();
    res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnBase = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await s3?.close();
  await new Promise((resolve) => cdn?.close(resolve));
});

beforeEach(() => {
  downloads.length = 0;
  failing.clear();
});

describe('moveAudioToBucket (s3rver, signed requests)', () => {
  it('first run: copies each uploaded file once, under its content hash, and links every mention to the bucket', async () => {
    const one = upload(randomBytes(3000));
    const two = upload(randomBytes(4000));
    const site = content(
      episode(1, one),
      episode(2, two),
      episode(3, one),
      episode(4, null, 'https://host.example/ep4.mp3'),
    );
    const before = structuredClone(site.episodes);

    const report = await move(site);

    const keys = [one, two].map((f) => audioKey(f._id)!);
    expect(keys[0]).toBe(`episodes/${one._id.slice(5, 45)}.mp3`);
    expect(report).toEqual({ copied: keys, alreadyThere: [] });
    expect(await inBucket(keys[0]!)).toEqual(files.get(new URL(one.url).pathname));
    expect(await inBucket(keys[1]!)).toEqual(files.get(new URL(two.url).pathname));
    expect(site.episodes.map((e) => e.audio?.file?.url ?? e.audio?.url)).toEqual([
      `https://audio.example.org/${keys[0]}`,
      `https://audio.example.org/${keys[1]}`,
      `https://audio.example.org/${keys[0]}`,
      'https://host.example/ep4.mp3',
    ]);
    expect((site.posts[0] as unknown as { relatedEpisodes: typeof before }).relatedEpisodes[0]!.audio!.file!.url).toBe(
      `https://audio.example.org/${keys[0]}`,
    );
    // Only the address moves: ids (and so GUIDs), size and type are those of the same file.
    const withoutUrl = (episodes: typeof before) =>
      episodes.map((e) => ({
        ...e,
        audio: e.audio && { ...e.audio, file: e.audio.file && { ...e.audio.file, url: null } },
      }));
    expect(withoutUrl(site.episodes)).toEqual(withoutUrl(before));
  });

  it('a re-run copies nothing and downloads nothing from Sanity (HEAD finds each file)', async () => {
    const one = upload(randomBytes(2500));
    await move(content(episode(1, one)));
    downloads.length = 0;
    const again = content(episode(1, one));
    expect(await move(again)).toEqual({ copied: [], alreadyThere: [audioKey(one._id)] });
    expect(downloads).toEqual([]);
    expect(again.episodes[0]!.audio!.file!.url).toBe(`https://audio.example.org/${audioKey(one._id)}`);
  });

  it('a changed file (a new upload on the episode) is copied under its own key; the old copy stays for listeners who have it', async () => {
    const first = upload(randomBytes(2000));
    await move(content(episode(1, first)));
    const replaced = upload(randomBytes(2100));
    const site = content(episode(1, replaced));
    expect(await move(site)).toEqual({ copied: [audioKey(replaced._id)], alreadyThere: [] });
    expect(site.episodes[0]!.audio!.file!.url).toBe(`https://audio.example.org/${audioKey(replaced._id)}`);
    expect(site.episodes[0]!._id).toBe('episode-1');
    expect(await inBucket(audioKey(first._id)!)).toBeDefined();
  });

  it('a failure part-way stops with the episode named, keeps what was copied, and the next run copies only the rest', async () => {
    const [a, b, c] = [upload(randomBytes(1000)), upload(randomBytes(1100)), upload(randomBytes(1200))];
    failing.add(new URL(b.url).pathname);
    const site = content(episode(1, a), episode(2, b), episode(3, c));
    const error = await move(site).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      {
        id: 'episode-2',
        type: 'podcastEpisode',
        path: 'audio.file',
        message: expect.stringMatching(
          /^could not be copied to the audio bucket "audio" \(downloading it from Sanity answered 503 .*\)\. Nothing was published/,
        ),
      },
    ]);
    // Nothing points at the bucket from a build that stops.
    expect(site.episodes[0]!.audio!.file!.url).toBe(a.url);
    expect(await inBucket(audioKey(a._id)!)).toBeDefined();
    expect(await inBucket(audioKey(b._id)!)).toBeUndefined();

    failing.clear();
    expect(await move(content(episode(1, a), episode(2, b), episode(3, c)))).toEqual({
      copied: [audioKey(b._id)],
      alreadyThere: [audioKey(a._id), audioKey(c._id)],
    });
  });

  // s3rver checks the access key id of a SigV4 request but not its signature (its source leaves
  // SigV4 verification unimplemented), so a wrong secret is not shown here; a wrong key id is.
  it('a wrong access key stops with a message that names the episode and the keys, and copies nothing', async () => {
    const one = upload(randomBytes(1600));
    const error = (await move(content(episode(1, one)), bucket({ accessKeyId: 'NOT-A-KEY' })).catch(
      (e: unknown) => e,
    )) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems).toEqual([
      {
        id: 'episode-1',
        type: 'podcastEpisode',
        path: 'audio.file',
        message: expect.stringMatching(/answered 403 .*: the access key or secret is wrong/),
      },
    ]);
    expect(downloads).toEqual([]);
    expect(await inBucket(audioKey(one._id)!)).toBeUndefined();
  });

  it("the build's step reads AUDIO_BUCKET_* (and downloads through SANITY_ASSET_BASE_URL); unset, audio stays on Sanity's CDN; half set, it stops", async () => {
    const one = upload(randomBytes(1700));
    const env = {
      SANITY_ASSET_BASE_URL: cdnBase,
      AUDIO_BUCKET_ENDPOINT: endpoint,
      AUDIO_BUCKET_NAME: 'audio',
      AUDIO_BUCKET_PUBLIC_URL: 'https://audio.example.org/',
      AUDIO_BUCKET_ACCESS_KEY_ID: 'S3RVER',
      AUDIO_BUCKET_SECRET_ACCESS_KEY: 'S3RVER',
    };
    const moved = await moveAudioToBucketFromEnv(content(episode(1, one)), env);
    expect(moved.episodes[0]!.audio!.file!.url).toBe(`https://audio.example.org/${audioKey(one._id)}`);
    const untouched = await moveAudioToBucketFromEnv(content(episode(1, one)), { SANITY_ASSET_BASE_URL: cdnBase });
    expect(untouched.episodes[0]!.audio!.file!.url).toBe(one.url);
    await expect(moveAudioToBucketFromEnv(content(episode(1, one)), { AUDIO_BUCKET_NAME: 'audio' })).rejects.toThrow(
      /^Audio bucket: AUDIO_BUCKET_ENDPOINT, AUDIO_BUCKET_PUBLIC_URL, AUDIO_BUCKET_ACCESS_KEY_ID, AUDIO_BUCKET_SECRET_ACCESS_KEY are not set/,
    );
  });
});
