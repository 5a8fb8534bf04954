/*
 * End to end against the local Content Lake stand-in, as the deploy workflow's content path runs:
 * a content build on an invalid dataset writes its report, the status script puts it into the
 * `siteStatus` document; after the editor's fix, a good build and the script clear it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_SIZE_MISSING } from '@frm/content';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const token = 'status-test-write-token';
const statusScript = fileURLToPath(
  new URL('../../packages/content/src/siteStatus/updateSiteStatus.ts', import.meta.url),
);
let server: RunningContentLakeServer;
let lakeEnv: Record<string, string>;

beforeAll(async () => {
  server = await startContentLakeServer({ exportPath: seedDatasetPath, token });
  lakeEnv = { SANITY_PROJECT_ID: server.projectId, SANITY_DATASET: server.dataset, SANITY_API_HOST: server.url };
});
afterAll(() => server?.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Content Lake answers JSON of any shape
async function lake(path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${server.url}/v2025-02-19/data/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(response.ok, `${path}: HTTP ${response.status}`).toBe(true);
  return response.json();
}
const query = async (groq: string) =>
  (await lake(`query/production?query=${encodeURIComponent(groq)}&perspective=published`)).result;

/** The workflow's step: `node updateSiteStatus.ts failed|updated` with the write token. */
function recordStatus(
  outcome: 'failed' | 'updated',
  reportFile: string,
  failedStep = '',
): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, [statusScript, outcome], {
    env: {
      PATH: process.env.PATH ?? '',
      ...lakeEnv,
      SANITY_API_WRITE_TOKEN: token,
      CONTENT_REPORT_FILE: reportFile,
      RUN_URL: 'https://github.com/o/r/actions/runs/1',
      FAILED_STEP: failedStep,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output })));
}

// Two site builds on a machine that may be running others: a generous timeout.
describe('site status, written after each content build', { timeout: 1_800_000 }, () => {
  it('a failed build puts its report in siteStatus; the next good build clears it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'frm-status-'));
    const reportFile = join(work, 'content-report.json');
    const [episode] = await query(
      '*[_type == "podcastEpisode" && defined(audio.sizeBytes)] | order(publishedAt desc)[0...1]{_id, title, "size": audio.sizeBytes}',
    );

    // An episode whose audio has no file size (e.g. written through the API): podcast apps need it.
    await lake('mutate/production', { mutations: [{ patch: { id: episode._id, unset: ['audio.sizeBytes'] } }] });
    const failed = await buildSite({
      ...lakeEnv,
      SANITY_API_READ_TOKEN: token,
      SANITY_ASSET_BASE_URL: server.url,
      CONTENT_REPORT_FILE: reportFile,
    });
    expect(failed.exitCode, failed.output).not.toBe(0);
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.problems).toContainEqual({
      id: episode._id,
      type: 'podcastEpisode',
      path: 'audio.sizeBytes',
      message: AUDIO_SIZE_MISSING,
    });
    // The field is read-only in the Studio: the fix is what the form offers.
    expect(AUDIO_SIZE_MISSING).toMatch(/“Read file again”.*“Read from URL”.*upload the audio file again/);

    const recordedFailure = await recordStatus('failed', reportFile);
    expect(recordedFailure.code, recordedFailure.output).toBe(0);
    const failedStatus = await query('*[_id == "siteStatus"][0]');
    expect(failedStatus).toMatchObject({
      _type: 'siteStatus',
      state: 'failed',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(failedStatus.problems).toContainEqual(
      expect.objectContaining({
        documentId: episode._id,
        documentType: 'podcastEpisode',
        documentTitle: episode.title,
        field: 'audio.sizeBytes',
        message: AUDIO_SIZE_MISSING,
      }),
    );

    // The editor fixes it ("Read from URL" fills the size in) and publishes again.
    await lake('mutate/production', {
      mutations: [{ patch: { id: episode._id, set: { 'audio.sizeBytes': episode.size } } }],
    });
    const good = await buildSite({
      ...lakeEnv,
      SANITY_API_READ_TOKEN: token,
      SANITY_ASSET_BASE_URL: server.url,
      CONTENT_REPORT_FILE: join(work, 'second-report.json'),
    });
    expect(good.exitCode, good.output).toBe(0);
    const recordedUpdate = await recordStatus('updated', join(work, 'second-report.json'));
    expect(recordedUpdate.code, recordedUpdate.output).toBe(0);
    const cleared = await query('*[_id == "siteStatus"][0]');
    expect(cleared).toMatchObject({ state: 'ok', problems: [] });
    expect(cleared.failedAt).toBeUndefined();
    expect(cleared.runUrl).toBeUndefined();
    expect(Date.parse(cleared.lastUpdatedAt)).toBeGreaterThan(Date.parse(failedStatus._updatedAt) - 1);
  });

  it('a step that failed without a content report still tells editors, naming the step, with no document to open', async () => {
    const result = await recordStatus('failed', join(tmpdir(), 'frm-no-such-report.json'), 'Deploy to GitHub Pages');
    expect(result.code, result.output).toBe(0);
    const status = await query('*[_id == "siteStatus"][0]');
    expect(status.state).toBe('failed');
    expect(status.problems).toEqual([
      expect.objectContaining({ documentId: 'build', documentType: 'build', field: '' }),
    ]);
    expect(status.problems[0].message).toBe(
      'Your changes were saved but the site could not be published (the step “Deploy to GitHub Pages” failed). The site still shows the version from before. Nothing to fix in the Studio: the developers can see why in the run log',
    );
    expect(status.runUrl).toBe('https://github.com/o/r/actions/runs/1');
  });
});
