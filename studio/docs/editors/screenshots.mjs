/*
 * Screenshots for the README's "For editors" guide, taken offline: serve the built studio
 * (studio/dist, with an index.html fallback) on http://127.0.0.1:3399, then
 *   node studio/docs/editors/screenshots.mjs studio/docs/editors
 * Every request to Sanity's API is answered here with a signed-in editor and three sample episodes,
 * so the studio renders without a project or network (the form shows as read-only).
 */
import { readEnv } from '@frm/content/env';
import { chromium } from '../../../e2e/node_modules/@playwright/test/index.mjs';
const out = process.argv[2];
const browser = await chromium.launch({ executablePath: readEnv().e2e.chromiumPath });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const user = {
  id: 'pEditor',
  name: 'Ruth Miller',
  email: 'ruth@example.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};
const base = {
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-03-01T00:00:00Z',
  _rev: 'r1',
  _type: 'podcastEpisode',
  episodeType: 'full',
  explicit: false,
};
const episodes = [
  {
    ...base,
    _id: 'ep-next',
    title: 'Praying with teenagers',
    slug: { _type: 'slug', current: 'praying-with-teenagers' },
    season: 2,
    episodeNumber: 15,
    publishedAt: '2099-04-02T09:00:00Z',
    audio: { _type: 'podcastAudio', mimeType: 'audio/mpeg' },
  },
  {
    ...base,
    _id: 'ep-demo',
    title: 'Family dinner questions',
    slug: { _type: 'slug', current: 'family-dinner-questions' },
    season: 2,
    episodeNumber: 14,
    publishedAt: '2026-03-03T09:00:00Z',
    summary:
      'Five questions that turn a rushed family dinner into real conversation, and what to do when the answer is a shrug.',
    audio: {
      _type: 'podcastAudio',
      url: 'https://media.familyroommission.org/podcast/s2e14-family-dinner-questions.mp3',
      mimeType: 'audio/mpeg',
      sizeBytes: 48213456,
      durationSeconds: 2712,
    },
  },
  {
    ...base,
    _id: 'ep-13',
    title: 'When siblings fight',
    slug: { _type: 'slug', current: 'when-siblings-fight' },
    season: 2,
    episodeNumber: 13,
    publishedAt: '2026-02-24T09:00:00Z',
    audio: {
      _type: 'podcastAudio',
      url: 'https://media.familyroommission.org/podcast/s2e13.mp3',
      mimeType: 'audio/mpeg',
      sizeBytes: 40100000,
      durationSeconds: 2400,
    },
  },
];
await page.route(/sanity\.(io|work)/, async (route) => {
  const url = new URL(route.request().url());
  const headers = {
    'access-control-allow-origin': 'http://127.0.0.1:3399',
    'access-control-allow-credentials': 'true',
  };
  const json = (body) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers, body: JSON.stringify(body) });
  const p = url.pathname;
  if (p.endsWith('/users/me')) return json(user);
  if (p.includes('keyvalue')) return json([]);
  if (p.includes('/history/')) return json({ events: {} });
  if (p.includes('/users/') && !p.includes('keyvalue')) return json([user]);
  if (p.endsWith('/acl'))
    return json([{ filter: '_id in path("**")', permissions: ['read', 'update', 'create', 'history'] }]);
  if (p.includes('/data/doc/')) {
    const ids = decodeURIComponent(p.split('/data/doc/production/')[1] ?? '').split(',');
    return json({ documents: episodes.filter((e) => ids.includes(e._id)), omitted: [] });
  }
  if (p.includes('/data/query/')) {
    const q = (url.searchParams.get('query') ?? '') + (route.request().postData() ?? '');
    const grants = [
      { filter: '_id in path("**")', permissions: ['read', 'update', 'create', 'history', 'editHistory'] },
    ];
    if (q.startsWith('[*[_id in [')) {
      const ids = JSON.parse(q.slice('[*[_id in '.length, q.indexOf(']', 10) + 1));
      return json({ result: [episodes.filter((e) => ids.includes(e._id))], ms: 1 });
    }
    if (q.startsWith('[*[sanity::versionOf(')) {
      return json({ result: [...q.matchAll(/versionOf\("([^"]+)"\)/g)].map((m) => [m[1]]), ms: 1 });
    }
    if (q.startsWith('!defined(')) return json({ result: true, ms: 1 });
    if (q.startsWith('[') && /_id\s*==\s*"/.test(q)) {
      const ids = [...q.matchAll(/_id\s*==\s*"([^"]+)"/g)].map((m) => m[1].replace(/^drafts\./, ''));
      return json({ result: ids.map((id) => episodes.find((e) => e._id === id) ?? null), ms: 1 });
    }
    if (q.includes('system.group')) return json({ result: [{ members: ['pEditor'], grants }], ms: 1 });
    if (q.includes('versionOf($publishedId)')) return json({ result: ['ep-demo'], ms: 1 });
    if (q.includes('"people"')) return json({ result: { people: [], lastAuthor: null }, ms: 1 });
    if (q.includes('defined(episodeNumber)')) return json({ result: { season: 2, episodeNumber: 15 }, ms: 1 });
    if (q.includes('podcastEpisode')) return json({ result: episodes, ms: 1 });
    return json({ result: [], ms: 1 });
  }
  if (p.includes('/data/listen/'))
    return route.fulfill({
      status: 200,
      contentType: 'text/event-stream',
      headers,
      body: 'event: welcome\ndata: {"listenerName":"x"}\n\n',
    });
  if (p.includes('/projects/'))
    return json({
      id: 'frmplaceholder',
      displayName: 'Family Room Mission',
      members: [{ id: 'pEditor', role: 'administrator', roles: [] }],
      features: [],
      metadata: {},
    });
  if (p.includes('/features')) return json([]);
  return json({});
});
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console', m.text().slice(0, 300));
});
await page.goto('http://127.0.0.1:3399/structure/podcastSection;podcastEpisode', { waitUntil: 'domcontentloaded' });
await page.waitForTimeout(10000);
await page.screenshot({ path: `${out}/desk.png` });
await page.goto('http://127.0.0.1:3399/structure/podcastSection;podcastEpisode;ep-demo,view=editor', {
  waitUntil: 'domcontentloaded',
});
await page.waitForTimeout(6000);
await page.screenshot({ path: `${out}/episode-content.png` });
// the Audio & feed group
const tab = page.getByRole('tab', { name: /Audio & feed/ });
if (await tab.count()) {
  await tab.first().click();
  await page.waitForTimeout(1500);
}
const audio = page.getByText('Audio', { exact: true }).first();
if (await audio.count()) {
  await audio.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 520);
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: `${out}/episode-audio.png` });
await browser.close();
