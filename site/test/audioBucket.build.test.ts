/*
 * The content build with audio storage configured, against the local Content Lake stand-in (its
 * files answer as Sanity's CDN) and s3rver: the feed links each episode to the bucket; a bucket
 * that refuses the key stops the build with a content report naming the episodes, as the deploy
 * workflow shows editors in the Studio banner.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { startLocalS3, type LocalS3 } from '@frm/content/testing/localS3';
import { parseFeed } from 'podcast-partytime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const token = 'audio-bucket-test-token';
let lake: RunningContentLakeServer;
let s3: LocalS3;
let env: Record<string, string>;

beforeAll(async () => {
  [lake, s3] = await Promise.all([
    startContentLakeServer({ exportPath: seedDatasetPath, token }),
    startLocalS3('audio'),
  ]);
  env = {
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: token,
    SANITY_ASSET_BASE_URL: lake.url,
    AUDIO_BUCKET_ENDPOINT: s3.endpoint,
    AUDIO_BUCKET_NAME: s3.bucket,
    AUDIO_BUCKET_PUBLIC_URL: 'https://audio.example.org',
    AUDIO_BUCKET_ACCESS_KEY_ID: s3.accessKeyId,
    AUDIO_BUCKET_SECRET_ACCESS_KEY: s3.secretAccessKey,
  };
});
afterAll(async () => {
  await lake?.close();
  await s3?.close();
});

describe('content build with an audio bucket', { timeout: 1_800_000 }, () => {
  it('copies the uploaded audio and the feed links to the bucket with the exact length and type', async () => {
    const build = await buildSite(env);
    expect(build.exitCode, build.output).toBe(0);
    const feed = parseFeed(await readFile(join(build.outDir, 'podcast', 'feed.xml'), 'utf8'))!;
    // Audio given as a web address stays where it is; nothing is left on Sanity's CDN.
    expect(feed.items.filter((item) => item.enclosure.url.includes('cdn.sanity.io'))).toEqual([]);
    const copied = feed.items.filter((item) => item.enclosure.url.startsWith('https://audio.example.org/'));
    expect(copied.length).toBeGreaterThan(3);
    for (const item of copied) {
      expect(item.enclosure.url).toMatch(/^https:\/\/audio\.example\.org\/episodes\/[0-9a-f]{40}\.mp3$/);
      const stored = await fetch(`${s3.endpoint}/${s3.bucket}/${new URL(item.enclosure.url).pathname.slice(1)}`, {
        method: 'HEAD',
      });
      expect(stored.status, item.enclosure.url).toBe(200);
      expect(item.enclosure.length).toBe(Number(stored.headers.get('content-length')));
      expect(item.enclosure.type).toBe('audio/mpeg');
    }
  });

  it('a key the bucket refuses stops the build and writes the content report naming each episode', async () => {
    const reportFile = join(await mkdtemp(join(tmpdir(), 'frm-audio-report-')), 'content-report.json');
    const build = await buildSite({ ...env, AUDIO_BUCKET_ACCESS_KEY_ID: 'NOT-A-KEY', CONTENT_REPORT_FILE: reportFile });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('Episode audio could not be copied to the bucket');
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.problems.length).toBeGreaterThan(3);
    for (const problem of report.problems) {
      expect(problem).toMatchObject({
        type: 'podcastEpisode',
        path: 'audio.file',
        message: expect.stringMatching(/the access key or secret is wrong/),
      });
    }
  });
});
