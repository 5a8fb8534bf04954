import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDue, type DeployInfo, type DueEnv } from './dueCheck.ts';

/** The live site, as far as the due-check cares: /deploy.json, or 404 before the first deploy. */
let deployed: DeployInfo | undefined;
let site: Server;
let siteUrl: string;
let lake: RunningContentLakeServer;
let env: DueEnv;

beforeAll(async () => {
  lake = await startContentLakeServer({ exportPath: seedDatasetPath, token: 'due-check-token', publicRead: true });
  site = createServer((request, response) => {
    if (request.url === '/deploy.json' && deployed)
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(deployed));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  env = {
    SITE_URL: siteUrl,
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
  };
});
afterAll(async () => {
  await lake?.close();
  await new Promise((resolve) => site?.close(resolve));
});

async function mutate(mutations: unknown[]) {
  const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}`, {
    method: 'POST',
    headers: { authorization: 'Bearer due-check-token', 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  expect(response.status).toBe(200);
}

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

describe('due-check against the Content Lake stand-in', () => {
  it('is not due when nothing was published or fell due since the live site was built', async () => {
    deployed = { builtAt: new Date().toISOString() };
    expect(await checkDue(env, later(deployed.builtAt, 1))).toEqual({
      due: false,
      reason: `nothing due: nothing published and nothing scheduled has fallen due since the live site was built (${deployed.builtAt})`,
    });
  });

  it('is due when a document was published after the live site was built, and names it', async () => {
    deployed = { builtAt: new Date(Date.now() - 1000).toISOString() };
    await mutate([{ patch: { id: 'siteSettings', set: { footerText: 'New footer' } } }]);
    const verdict = await checkDue(env, later(deployed.builtAt, 1));
    expect(verdict.due).toBe(true);
    expect(verdict.reason).toMatch(
      /^due: siteSettings "siteSettings" was published at \S+, after the live site was built/,
    );
  });

  it('is due when a scheduled post’s publish date has passed since the live site was built', async () => {
    const scheduledFor = later(new Date().toISOString(), 60).toISOString();
    await mutate([
      {
        createOrReplace: {
          _id: 'post-scheduled-due',
          _type: 'post',
          title: 'Scheduled',
          slug: { _type: 'slug', current: 'scheduled-due' },
          publishedAt: scheduledFor,
        },
      },
    ]);
    deployed = { builtAt: new Date(Date.now() + 1000).toISOString() }; // built after the post was written, before its time
    expect(await checkDue(env, later(deployed.builtAt, 30))).toMatchObject({ due: false });
    expect(await checkDue(env, later(deployed.builtAt, 90))).toEqual({
      due: true,
      reason: `due: post "post-scheduled-due" is scheduled for ${scheduledFor}, which has passed since the live site was built (${deployed.builtAt})`,
    });
  });

  it('ignores drafts: an unpublished edit does not rebuild the site', async () => {
    deployed = { builtAt: new Date().toISOString() };
    await new Promise((resolve) => setTimeout(resolve, 20)); // the draft is written after the build
    await mutate([{ createOrReplace: { _id: 'drafts.siteSettings', _type: 'siteSettings', title: 'Draft title' } }]);
    expect(await checkDue(env, later(deployed.builtAt, 1))).toMatchObject({ due: false });
  });

  it('is due before the first deploy, and when it cannot ask (builds to be safe)', async () => {
    deployed = undefined;
    expect(await checkDue(env)).toMatchObject({ due: true, reason: expect.stringMatching(/has no deploy\.json yet/) });
    deployed = { builtAt: new Date().toISOString() };
    expect(await checkDue({ ...env, SANITY_DATASET: 'no-such-dataset' })).toMatchObject({
      due: true,
      reason: expect.stringMatching(/could not check \(the Content Lake answered HTTP 404\)/),
    });
  });

  it(
    'runs as the workflow runs it: a real process, "nothing due", exit 0, due=false in $GITHUB_OUTPUT',
    { timeout: 60_000 },
    async () => {
      deployed = { builtAt: new Date(Date.now() + 1000).toISOString() };
      const output = join(await mkdtemp(join(tmpdir(), 'frm-due-')), 'github-output');
      const child = spawn(process.execPath, [fileURLToPath(new URL('./dueCheck.ts', import.meta.url))], {
        env: { PATH: process.env.PATH ?? '', ...env, GITHUB_OUTPUT: output },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(stdout).toMatch(/^nothing due: /);
      expect(await readFile(output, 'utf8')).toBe('due=false\n');
    },
  );
});
