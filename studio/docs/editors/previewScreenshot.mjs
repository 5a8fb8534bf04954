/*
 * The README's Preview tool screenshot (preview.png), taken offline like screenshots.mjs:
 *   SANITY_STUDIO_PREVIEW_URL=http://127.0.0.1:4441 pnpm --filter @frm/studio build
 *   node studio/docs/editors/previewScreenshot.mjs studio/docs/editors
 * It serves studio/dist on http://127.0.0.1:3399, starts the Content Lake stand-in and the built
 * preview server (e2e/preview/previewStack.ts, `pnpm preview:build` first), and answers the
 * Studio's API calls: document reads and writes go to the stand-in (so the Presentation tool's
 * preview secret is real and draft mode turns on), the account calls are mocked.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../../../e2e/node_modules/@playwright/test/index.mjs';

const out = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const studio = 'http://127.0.0.1:3399';
const lake = 'http://127.0.0.1:4440';
const token = 'sk-preview-marker-7f3c1e9a2b4d';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const files = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', studio).pathname;
  const file = await readFile(join(dist, path)).then(
    (body) => ({ body, type: types[extname(path)] }),
    () => undefined,
  );
  const { body, type } = file ?? { body: await readFile(join(dist, 'index.html')), type: 'text/html' };
  response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
  response.end(body);
}).listen(3399, '127.0.0.1');

const stack = spawn(process.execPath, ['preview/previewStack.ts'], {
  cwd: fileURLToPath(new URL('../../../e2e/', import.meta.url)),
  env: { ...process.env, PREVIEW_STUDIO_URL: studio },
  stdio: 'inherit',
});
for (
  let i = 0;
  !(await fetch('http://127.0.0.1:4441/api/preview/preview.css').then(
    (r) => r.ok,
    () => false,
  ));
  i++
) {
  if (i > 120) throw new Error('preview stack did not start');
  await new Promise((r) => setTimeout(r, 500));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const user = {
  id: 'pEditor',
  name: 'Ruth Miller',
  email: 'ruth@example.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};
const grants = [{ filter: '_id in path("**")', permissions: ['read', 'update', 'create', 'history', 'editHistory'] }];
await page.route(/sanity\.(io|work)/, async (route) => {
  const url = new URL(route.request().url());
  const headers = { 'access-control-allow-origin': studio, 'access-control-allow-credentials': 'true' };
  const json = (body) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers, body: JSON.stringify(body) });
  const p = url.pathname;
  // Image and file URLs are the CDN's (as the real API gives them); the stand-in serves the same paths.
  if (url.hostname === 'cdn.sanity.io')
    return route.fulfill({ response: await route.fetch({ url: `${lake}${p}${url.search}` }) });
  if (p.endsWith('/users/me')) return json(user);
  if (p.includes('keyvalue')) return json([]);
  if (p.includes('/history/')) return json({ events: {} });
  if (p.includes('/users/')) return json([user]);
  if (p.endsWith('/acl')) return json(grants);
  if (p.includes('/data/listen/'))
    return route.fulfill({
      status: 200,
      contentType: 'text/event-stream',
      headers,
      body: 'event: welcome\ndata: {"listenerName":"x"}\n\n',
    });
  if (/\/data\/(query|doc|mutate)\//.test(p)) {
    const q = (url.searchParams.get('query') ?? '') + (route.request().postData() ?? '');
    if (q.includes('system.group')) return json({ result: [{ members: ['pEditor'], grants }], ms: 1 });
    // Reads and writes of documents: the stand-in, with the token the Studio's session would carry.
    const response = await route.fetch({
      url: `${lake}${p}${url.search}`,
      headers: { ...route.request().headers(), authorization: `Bearer ${token}` },
    });
    if (process.env.DEBUG_SCREENSHOT && !p.includes('/query/'))
      console.log('lake', response.status(), p, (await response.text()).slice(0, 200));
    return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  }
  if (p.includes('/projects/'))
    return json({
      id: 'frmplaceholder',
      displayName: 'Family Room Mission',
      members: [{ id: 'pEditor', role: 'administrator', roles: [] }],
      features: [],
      metadata: {},
    });
  return json({});
});
// The Studio frames SANITY_STUDIO_PREVIEW_URL as it was at build time (default localhost:4322):
// that origin is answered by the preview server started above.
const previewOrigin = process.env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:4322';
if (previewOrigin !== 'http://127.0.0.1:4441') {
  await page.route(`${previewOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    // The live-update stream never ends, which route.fetch cannot pass on; not needed for a still.
    if (url.pathname === '/api/preview/events') return route.fulfill({ status: 204 });
    const response = await route.fetch({ url: `http://127.0.0.1:4441${url.pathname}${url.search}`, maxRedirects: 0 });
    // A redirect fulfilled here is not followed inside the frame: answer with where it leads.
    const location = response.headers().location;
    if (response.status() === 307 && location) {
      const cookie = (response.headers()['set-cookie'] ?? '').split(';')[0];
      const target = await route.fetch({
        url: `http://127.0.0.1:4441${location}`,
        headers: { ...route.request().headers(), cookie },
      });
      return route.fulfill({
        response: target,
        headers: { ...target.headers(), 'set-cookie': response.headers()['set-cookie'] },
      });
    }
    if (process.env.DEBUG_SCREENSHOT)
      console.log(
        'preview',
        response.status(),
        url.pathname + url.search.slice(0, 80),
        response.headers()['set-cookie'] ?? '',
      );
    return route.fulfill({ response });
  });
}
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
if (process.env.DEBUG_SCREENSHOT) page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
try {
  await page.goto(
    `${studio}/presentation/post/post-rebuilding-intimacy-and-trust?preview=${encodeURIComponent('/blog/rebuilding-intimacy-and-trust/')}`,
    { waitUntil: 'domcontentloaded' },
  );
  const frame = page.frameLocator('iframe').first();
  // The Presentation tool shows the frame once the preview has connected to it.
  await frame.locator('h1').waitFor({ state: 'attached', timeout: 90_000 });
  await page.waitForTimeout(8000);
  // The overlay follows real mouse movement over the element, as an editor's pointer would.
  const box = await frame.locator('h1').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${out}/preview.png` });
} finally {
  await browser.close();
  stack.kill();
  files.close();
}
