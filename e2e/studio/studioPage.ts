import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page, type Route } from '@playwright/test';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { lakeUrl, studioStack } from './studioStackConfig.ts';

/*
 * The Studio in chromium, as a logged-in editor: every Content Lake call (queries, listen, actions,
 * uploads) goes to the stand-in over HTTP/2; only the account and project endpoints, which the
 * stand-in does not serve, are answered here.
 */

const editor = {
  id: 'pEditor',
  name: 'Ruth Miller',
  email: 'ruth@example.org',
  provider: 'google',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};
const everything = [
  { filter: '_id in path("**")', permissions: ['read', 'update', 'create', 'history', 'editHistory'] },
];
const project = {
  id: studioStack.projectId,
  displayName: 'Family Room Mission',
  studioHost: null,
  isBlocked: false,
  isDisabled: false,
  isDisabledByUser: false,
  metadata: {},
  members: [{ id: editor.id, role: 'administrator', roles: editor.roles, isCurrentUser: true, isRobot: false }],
  features: [],
};

/** The API host's paths that are the Content Lake and its asset files (everything else there is the account API). */
const CONTENT_LAKE = /^\/(v[\w-]+\/(data|assets)|images|files)\//;
const apiHost = (url: URL) =>
  url.port === String(studioStack.lakeSecurePort) &&
  (url.hostname === 'localhost' || url.hostname.endsWith('.localhost'));

const isLocal = (url: URL) =>
  url.protocol === 'data:' ||
  url.protocol === 'blob:' ||
  url.hostname === '127.0.0.1' ||
  url.hostname === 'localhost' ||
  url.hostname.endsWith('.localhost');

function accountAnswer(path: string): unknown {
  const rest = path.replace(/^\/v[\w-]+/, '');
  if (rest === '/users/me') return editor;
  if (rest.startsWith('/users/me/keyvalue')) return [];
  if (rest.startsWith('/users/')) return [editor];
  if (/^\/projects\/[\w-]+\/datasets\/[\w-]+\/acl$/.test(rest)) return everything;
  if (/^\/projects\/[\w-]+\/grants$/.test(rest)) return {};
  if (/^\/projects\/[\w-]+\/roles$/.test(rest)) return editor.roles;
  if (/^\/projects\/[\w-]+\/datasets/.test(rest)) return [{ name: studioStack.dataset, aclMode: 'private' }];
  if (/^\/projects\/[\w-]+$/.test(rest)) return project;
  if (rest === '/intake/telemetry-status') return { status: 'denied' };
  if (rest === '/features' || rest.startsWith('/projects/')) return [];
  return {};
}

async function answerAccount(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const origin = route.request().headers().origin;
  await route.fulfill({
    status: 200,
    contentType: 'application/json',
    headers: origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {},
    body: JSON.stringify(accountAnswer(url.pathname)),
  });
}

/** Signs the editor in (the session token where the Studio keeps it) and answers the account API. */
export async function signInEditor(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, token]) => window.localStorage.setItem(key!, JSON.stringify({ token })),
    [`__studio_auth_token_${studioStack.projectId}`, studioStack.token],
  );
  await page.route((url) => apiHost(url) && !CONTENT_LAKE.test(url.pathname), answerAccount);
  // No test touches the internet (the Studio asks a CDN for its newest version, for one).
  await page.route(
    (url) => !isLocal(url) && url.hostname !== 'cdn.sanity.io',
    (route) => route.abort('blockedbyclient'),
  );
  // Asset URLs are the CDN's, as the real API writes them; the stand-in serves the same paths.
  await page.route('https://cdn.sanity.io/**', async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${lakeUrl}${url.pathname}${url.search}` }) });
  });
}

/** The drafts the seed dataset ships with: every other draft is a journey's own. */
const seedDrafts = new Set(
  readFileSync(join(seedDatasetPath, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { _id: string })._id)
    .filter((id) => id.startsWith('drafts.')),
);

/**
 * Deletes the drafts a journey left behind in the shared stand-in. The preview validates every
 * draft, so a half-made document of one journey (an episode with no web address yet) would show
 * "This content cannot be published yet" on every page of the next journey's preview.
 */
async function discardJourneyDrafts(): Promise<void> {
  const api = `${lakeUrl}/v2025-02-19/data`;
  const headers = { authorization: `Bearer ${studioStack.token}`, 'content-type': 'application/json' };
  const query = encodeURIComponent('*[_id in path("drafts.**")]._id');
  const answer = await fetch(`${api}/query/${studioStack.dataset}?query=${query}&perspective=raw`, { headers });
  const ids = ((await answer.json()) as { result: string[] }).result.filter((id) => !seedDrafts.has(id));
  if (ids.length === 0) return;
  const mutations = ids.map((id) => ({ delete: { id } }));
  const deleted = await fetch(`${api}/mutate/${studioStack.dataset}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ mutations }),
  });
  if (!deleted.ok) throw new Error(`Could not discard the journey's drafts ${ids.join(', ')}: ${await deleted.text()}`);
}

export const test = base.extend<{ studio: Page }>({
  studio: async ({ page }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text().slice(0, 300)}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && apiHost(new URL(response.url())))
        problems.push(`${response.status()} ${response.request().method()} ${response.url().slice(0, 200)}`);
    });
    await signInEditor(page);
    await use(page);
    await page.close();
    await discardJourneyDrafts();
    // What went wrong on the way, for the report of a failed journey.
    if (process.env.STUDIO_E2E_DEBUG) console.log(problems.join('\n'));
    if (problems.length > 0)
      await testInfo.attach('studio-problems.txt', { body: problems.join('\n'), contentType: 'text/plain' });
  },
});

export { expect };
