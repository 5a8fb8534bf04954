import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext } from '@playwright/test';
import { bringLakeBack, enableDraftMode, post, takeLakeDown, writeDraftTitle, deleteDraft } from './lake.ts';
import { previewStack } from './previewStackConfig.ts';

/** Pages of every kind, opened in the browser in draft mode. */
const pages = [
  '/',
  '/blog/',
  post.path,
  '/podcast/',
  '/podcast/rebuilding-intimacy-and-trust/',
  '/resources/',
  '/resources/ebook/',
  '/resources/ebook/gods-design-for-families-ebook/',
  '/people/nate-holloway/',
];
/** Files (the browser would download them), fetched with the draft-mode cookie. */
const files = [
  '/podcast/transcripts/rebuilding-intimacy-and-trust.vtt',
  '/podcast/transcripts/raising-worshippers-at-home.txt',
  '/podcast/chapters/rebuilding-intimacy-and-trust.json',
  '/podcast/feed.xml',
  '/rss.xml',
];

test.afterAll(async () => {
  await bringLakeBack().catch(() => {});
  await deleteDraft().catch(() => {});
});

/** The event stream's bytes until `until` appears in them (the stream itself never ends). */
async function readEventStream(
  context: BrowserContext,
  until: string,
  whileOpen: () => Promise<void>,
): Promise<string> {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const abort = new AbortController();
  const response = await fetch(`http://127.0.0.1:${previewStack.port}/api/preview/events`, {
    headers: { cookie },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = `${JSON.stringify(Object.fromEntries(response.headers))}\n`;
  let acted = false;
  try {
    while (!text.includes(until)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (!acted && text.includes(': connected')) {
        acted = true;
        await whileOpen();
      }
    }
  } finally {
    abort.abort();
  }
  return text;
}

test('the read token never leaves the preview server: bodies, headers, scripts, event stream, 502 page, log', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(240_000);
  // Each response the browser sees, read in full: the handlers are async, so they are awaited below.
  const reading: Array<Promise<{ url: string; type: string; text: string }>> = [];
  page.on('response', (response) => {
    reading.push(
      (async () => {
        const type = response.request().resourceType();
        const headers = JSON.stringify(await response.allHeaders());
        const body = type === 'eventsource' ? '' : await response.text().catch(() => '');
        return { url: response.url(), type, text: `${headers}\n${body}` };
      })(),
    );
  });
  await enableDraftMode(page, post.path);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Read while the page is open: the browser drops a document's body once it navigates away.
    await Promise.all(reading);
  }
  const direct: Array<{ url: string; text: string }> = [];
  for (const url of files) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    direct.push({
      url: `${url} (draft mode)`,
      text: `${JSON.stringify(response.headers())}\n${await response.text()}`,
    });
  }
  for (const url of [
    '/api/draft-mode/enable?sanity-preview-secret=wrong',
    '/api/preview/events',
    '/rss.xml',
    '/podcast/feed.xml',
    '/no-such-page/',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    direct.push({ url, text: `${JSON.stringify(response.headers())}\n${await response.text()}` });
  }

  // The event stream's body, a change included.
  const stream = await readEventStream(context, 'data: change', () => writeDraftTitle(`Token check ${Date.now()}`));
  expect(stream).toContain('data: change');
  direct.push({ url: '/api/preview/events (stream)', text: stream });

  // The page shown when the Content Lake does not answer.
  await takeLakeDown();
  let unavailable = { status: 0, text: '' };
  await expect
    .poll(
      async () => {
        const response = await request.get(post.path);
        unavailable = {
          status: response.status(),
          text: `${JSON.stringify(response.headers())}\n${await response.text()}`,
        };
        return unavailable.status;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(502);
  expect(unavailable.text).toContain('The preview cannot reach the content right now');
  direct.push({ url: `${post.path} (502)`, text: unavailable.text });
  await bringLakeBack();
  await expect
    .poll(async () => (await request.get(post.path)).status(), { timeout: 60_000, intervals: [500] })
    .toBe(200);

  // Closed, so a body that will never finish (a refresh the page aborted) settles instead of hanging.
  await page.close();
  const seen = await Promise.all(reading);
  // What the browser saw covers every page visited, read in full, and the scripts and styles they load.
  for (const entry of [...seen, ...direct]) expect(entry.text.includes(previewStack.token), entry.url).toBe(false);
  for (const path of pages) {
    const documents = seen.filter((entry) => entry.type === 'document' && new URL(entry.url).pathname === path);
    expect(
      documents.some((entry) => entry.text.includes('</html>')),
      path,
    ).toBe(true);
  }
  expect(seen.some((entry) => entry.type === 'script')).toBe(true);
  expect(seen.some((entry) => entry.type === 'stylesheet')).toBe(true);

  const log = await readFile(previewStack.logFile, 'utf8');
  expect(log).toContain('Server listening');
  expect(log.includes(previewStack.token)).toBe(false);
});
