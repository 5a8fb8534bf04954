import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { parseFeed } from 'podcast-partytime';
import RssParser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { podcastGuid } from '@frm/feeds';
import { buildSite, readBuilt, type SiteBuild } from './buildSite.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

/*
 * The built feeds, end to end: the seed dataset plus a future and a draft episode is built twice,
 * and the podcast feed is read by two independent parsers (Debian's python3-feedparser and
 * podcast-partytime, the Podcast Index's parser) and checked tag by tag against what Apple needs.
 */

type Doc = Record<string, unknown> & { _id: string; _type: string };
const BUILD_TIME = '2026-11-01T00:00:00Z';
const FUTURE = 'FRM-FUTURE-EPISODE-MUST-NOT-PUBLISH';
const DRAFT = 'FRM-DRAFT-EPISODE-MUST-NOT-PUBLISH';
const PYTHON = '/usr/bin/python3';
/** An episode without a `guid` field: its GUID comes from its document id. */
const RENAMED = 'episode-s2e6-fighting-fair';
const OP3 = 'https://op3.dev/e/';

async function seedDocs(): Promise<Doc[]> {
  return (await readFile(join(seedDatasetPath, 'data.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);
}

/** The seed export with its documents replaced by `edit(docs)`. */
async function datasetWith(edit: (docs: Doc[]) => Doc[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'frm-feeds-'));
  await cp(seedDatasetPath, folder, { recursive: true });
  await writeFile(
    join(folder, 'data.ndjson'),
    edit(await seedDocs())
      .map((d) => JSON.stringify(d))
      .join('\n') + '\n',
  );
  return folder;
}

/** The episode with an uploaded file gets a typed `sizeBytes` that is not the file's size. */
const SIZE_OFFSET = 1000;
function withWrongTypedSize(d: Doc): Doc {
  const audio = d.audio as { file?: unknown; sizeBytes: number } | undefined;
  return d._type === 'podcastEpisode' && audio?.file
    ? { ...d, audio: { ...audio, sizeBytes: audio.sizeBytes + SIZE_OFFSET } }
    : d;
}

/** The episode's RSS guid: its `guid` field (kept from a previous host) or its document id. */
const guidOf = (d: Doc) => (typeof d.guid === 'string' && d.guid.trim() ? d.guid.trim() : d._id);
const isPublished = (d: Doc) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.');
const liveBy = (d: Doc) => isPublished(d) && Date.parse(String(d.publishedAt)) <= Date.parse(BUILD_TIME);

/** Feed summary as python3-feedparser reads it. */
interface Parsed {
  bozo: number;
  bozo_exception: string;
  version: string;
  title: string;
  entries: Array<{
    id: string;
    title: string;
    published: string;
    enclosures: Array<{ href: string; length: string; type: string }>;
    content: string;
  }>;
}

const feedparserScript = `
import sys, json, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": int(d.bozo), "bozo_exception": str(d.get("bozo_exception", "")), "version": d.version,
  "title": d.feed.get("title", ""),
  "entries": [{"id": e.get("id", ""), "title": e.get("title", ""), "published": e.get("published", ""),
               "enclosures": [{"href": x.get("href"), "length": x.get("length"), "type": x.get("type")} for x in e.get("enclosures", [])],
               "content": (e.get("content") or [{"value": ""}])[0]["value"]} for e in d.entries],
}))
`;

async function feedparser(file: string): Promise<Parsed> {
  const { stdout } = await promisify(execFile)(PYTHON, ['-c', feedparserScript, file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Parsed;
}

let first: SiteBuild;
let second: SiteBuild;
let noOwnerEmail: SiteBuild;
let renamed: SiteBuild;
let fromContentLake: SiteBuild;
let contentLake: RunningContentLakeServer | undefined;
/** The documents the first build was made from (the seed with the edits above). */
let builtDocs: Doc[];
let feedXml: string;
let channel: Element;
let items: Element[];
let docs: Doc[];

beforeAll(async () => {
  docs = await seedDocs();
  const template = docs.find((d) => d._id === 'episode-s2e7-grandparents-and-a-legacy-of-faith')!;
  // An uploaded file's real size must win over the size typed in the studio: make them differ.
  const dataset = await datasetWith((all) => [
    ...all.map(withWrongTypedSize),
    {
      ...template,
      _id: 'episode-future',
      slug: { _type: 'slug', current: 'future-episode' },
      title: `${FUTURE} title`,
      publishedAt: '2030-01-01T10:00:00.000Z',
    },
    {
      ...template,
      _id: 'drafts.episode-draft-only',
      slug: { _type: 'slug', current: 'draft-only-episode' },
      title: `${DRAFT} title`,
    },
    { ...template, _id: `drafts.${template._id}`, title: `${DRAFT} edited title` },
  ]);
  // The same content with one episode renamed (title and slug), as an editor might, and OP3 download statistics turned on.
  const renamedDataset = await datasetWith((all) =>
    all.map((d) =>
      d._id === RENAMED
        ? { ...d, title: 'A brand new title', slug: { _type: 'slug', current: 'a-brand-new-slug' } }
        : d._id === 'podcast'
          ? { ...d, analyticsPrefix: OP3 }
          : d,
    ),
  );
  const broken = await datasetWith((all) =>
    all.map((d) =>
      d._id === 'podcast' ? (Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'ownerEmail')) as Doc) : d,
    ),
  );
  // One after another: concurrent Astro builds of one site share its .astro folder.
  first = await buildSite({ LOCAL_DATASET: dataset, BUILD_TIME });
  second = await buildSite({ LOCAL_DATASET: dataset, BUILD_TIME });
  noOwnerEmail = await buildSite({ LOCAL_DATASET: broken, BUILD_TIME });
  renamed = await buildSite({ LOCAL_DATASET: renamedDataset, BUILD_TIME });
  contentLake = await startContentLakeServer({ exportPath: dataset });
  // SANITY_ASSET_BASE_URL: files the build downloads (transcripts) come from the stand-in, not the CDN.
  fromContentLake = await buildSite({
    SANITY_PROJECT_ID: 'frmtest',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: contentLake.url,
    SANITY_ASSET_BASE_URL: contentLake.url,
    BUILD_TIME,
  });
  builtDocs = (await readFile(join(dataset, 'data.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);
  expect(first.exitCode, first.output).toBe(0);
  feedXml = await readBuilt(first.outDir, 'podcast/feed.xml');
  const document = new JSDOM(feedXml, { contentType: 'text/xml' }).window.document;
  expect(document.querySelector('parsererror')).toBeNull();
  channel = document.getElementsByTagName('channel')[0]!;
  items = [...channel.getElementsByTagName('item')];
}, 4 * SITE_BUILD_TIMEOUT_MS);

afterAll(() => contentLake?.close());

/** Direct children of `parent` with the qualified tag name. */
const children = (parent: Element, name: string) => [...parent.children].filter((c) => c.tagName === name);
const one = (parent: Element, name: string) => {
  const found = children(parent, name);
  expect(found, `<${name}> in <${parent.tagName}>`).toHaveLength(1);
  return found[0]!;
};
const textOf = (parent: Element, name: string) => one(parent, name).textContent!.trim();

describe('podcast feed as built', () => {
  const seedEpisodes = () =>
    docs
      .filter((d) => d._type === 'podcastEpisode' && liveBy(d))
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));

  it('has every channel tag Apple Podcasts requires, with valid values', () => {
    const rss = channel.parentElement!;
    expect(rss.getAttribute('version')).toBe('2.0');
    expect(rss.getAttribute('xmlns:itunes')).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss.getAttribute('xmlns:podcast')).toBe('https://podcastindex.org/namespace/1.0');
    expect(textOf(channel, 'title')).toBe('Family Room Mission Podcast');
    expect(textOf(channel, 'link')).toBe('https://familyroommission.org/podcast/');
    expect(textOf(channel, 'description').length).toBeGreaterThan(20);
    expect(textOf(channel, 'language')).toBe('en-us');
    expect(textOf(channel, 'copyright')).toContain('Family Room Mission');
    expect(children(channel, 'atom:link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([
      ['self', 'https://familyroommission.org/podcast/feed.xml'],
      ['hub', 'https://pubsubhubbub.appspot.com/'],
    ]);
    const artwork = one(channel, 'itunes:image').getAttribute('href')!;
    expect(artwork).toMatch(/^https:\/\/familyroommission\.org\/media\/[0-9a-f]+-1400x1400\.jpg$/);
    expect(
      children(channel, 'itunes:category').map(
        (c) => `${c.getAttribute('text')} > ${children(c, 'itunes:category')[0]?.getAttribute('text')}`,
      ),
    ).toEqual(['Religion & Spirituality > Christianity', 'Kids & Family > Parenting']);
    expect(textOf(channel, 'itunes:explicit')).toMatch(/^(true|false)$/);
    expect(textOf(channel, 'itunes:author')).toBe('Family Room Mission');
    const owner = one(channel, 'itunes:owner');
    expect(textOf(owner, 'itunes:name')).toBe('Nate Holloway');
    expect(textOf(owner, 'itunes:email')).toBe('podcast@familyroommission.org');
    expect(textOf(channel, 'itunes:type')).toBe('episodic');
    expect(children(channel, 'itunes:new-feed-url')).toHaveLength(0);
    expect(textOf(channel, 'podcast:locked')).toBe('no');
    expect(one(channel, 'podcast:funding').getAttribute('url')).toBe('https://familyroommission.org/give');
  });

  it('has a stable podcast:guid derived from the feed URL', () => {
    expect(textOf(channel, 'podcast:guid')).toBe(podcastGuid('https://familyroommission.org/podcast/feed.xml'));
    expect(textOf(channel, 'podcast:guid')).toBe('57e71557-2f47-5cce-a8db-79276b345160');
  });

  it('artwork is a real square image of 1400 to 3000 pixels in dist/media', async () => {
    const url = one(channel, 'itunes:image').getAttribute('href')!;
    const file = join(first.outDir, new URL(url).pathname);
    const bytes = await readFile(file);
    // JPEG SOF0/SOF2 marker carries height and width.
    let i = 2;
    let size: { width: number; height: number } | undefined;
    while (i < bytes.length && !size) {
      const marker = bytes[i + 1]!;
      const length = bytes.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3)
        size = { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      i += 2 + length;
    }
    expect(size).toBeDefined();
    expect(size!.width).toBe(size!.height);
    expect(size!.width).toBeGreaterThanOrEqual(1400);
    expect(size!.width).toBeLessThanOrEqual(3000);
  });

  it('lists every published episode newest first and no future or draft one', () => {
    const expected = seedEpisodes();
    expect(expected.length).toBeGreaterThanOrEqual(9);
    expect(items.map((item) => textOf(item, 'guid'))).toEqual(expected.map(guidOf));
    // An episode imported from another host keeps its old GUID; the others use their document id.
    expect(expected.some((d) => guidOf(d) !== d._id)).toBe(true);
    expect(items.map((item) => textOf(item, 'title'))).toEqual(expected.map((d) => d.title));
    expect(feedXml).not.toContain(FUTURE);
    expect(feedXml).not.toContain(DRAFT);
    expect(feedXml).not.toContain('future-episode');
    expect(feedXml).not.toContain('draft-only-episode');
    for (const item of items) expect(one(item, 'guid').getAttribute('isPermaLink')).toBe('false');
  });

  it('gives each item the tags Apple needs, and an enclosure length equal to the real file size', async () => {
    for (const item of items) {
      const guid = textOf(item, 'guid');
      const doc = builtDocs.find((d) => d._type === 'podcastEpisode' && isPublished(d) && guidOf(d) === guid)!;
      const audio = doc.audio as {
        sizeBytes: number;
        durationSeconds: number;
        mimeType: string;
        url?: string;
        file?: unknown;
      };
      const enclosure = one(item, 'enclosure');
      const url = new URL(enclosure.getAttribute('href') ?? enclosure.getAttribute('url')!);
      expect(enclosure.getAttribute('type')).toBe(audio.mimeType);
      const length = Number(enclosure.getAttribute('length'));
      if (url.origin === 'https://familyroommission.org') {
        expect(url.pathname).toMatch(/^\/media\/[0-9a-f]+\.mp3$/);
        expect(length, guid).toBe((await stat(join(first.outDir, url.pathname))).size);
        expect(length, `${guid}: the typed sizeBytes, not the file's size`).not.toBe(audio.sizeBytes);
      } else {
        expect(audio.file).toBeUndefined();
        expect(url.href).toBe(audio.url);
        expect(length).toBe(audio.sizeBytes);
      }
      expect(new Date(textOf(item, 'pubDate')).toISOString()).toBe(new Date(String(doc.publishedAt)).toISOString());
      expect(textOf(item, 'pubDate')).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0000$/,
      );
      expect(Number(textOf(item, 'itunes:duration'))).toBe(Math.max(1, Math.round(audio.durationSeconds)));
      expect(textOf(item, 'itunes:episodeType')).toBe(doc.episodeType);
      expect(textOf(item, 'itunes:explicit')).toMatch(/^(true|false)$/);
      expect(Buffer.byteLength(textOf(item, 'description'))).toBeLessThanOrEqual(4000);
      if (doc.episodeNumber) expect(textOf(item, 'itunes:episode')).toBe(String(doc.episodeNumber));
      if (doc.season) expect(textOf(item, 'itunes:season')).toBe(String(doc.season));
    }
  });

  it('links chapters JSON files that exist and parse, and transcripts that exist', async () => {
    const withChapters = seedEpisodes().filter((d) => Array.isArray(d.chapters) && d.chapters.length > 0);
    expect(withChapters.length).toBeGreaterThan(0);
    for (const item of items) {
      const doc = builtDocs.find(
        (d) => d._type === 'podcastEpisode' && isPublished(d) && guidOf(d) === textOf(item, 'guid'),
      )!;
      const chapters = children(item, 'podcast:chapters');
      expect(chapters.length, doc._id).toBe(withChapters.some((d) => d._id === doc._id) ? 1 : 0);
      if (chapters[0]) {
        expect(chapters[0].getAttribute('type')).toBe('application/json+chapters');
        const json = JSON.parse(await readBuilt(first.outDir, new URL(chapters[0].getAttribute('url')!).pathname)) as {
          version: string;
          chapters: Array<{ startTime: number; title: string }>;
        };
        expect(json.version).toBe('1.2.0');
        expect(json.chapters.map((c) => c.title)).toEqual(
          (doc.chapters as Array<{ title: string }>).map((c) => c.title),
        );
      }
      for (const transcript of children(item, 'podcast:transcript')) {
        const path = new URL(transcript.getAttribute('url')!).pathname;
        const body = await readBuilt(first.outDir, path);
        expect(body.trim().length).toBeGreaterThan(0);
        expect(transcript.getAttribute('type')).toBe(
          path.endsWith('.vtt') ? 'text/vtt' : path.endsWith('.srt') ? 'application/x-subrip' : 'text/plain',
        );
        if (path.endsWith('.vtt')) expect(body.startsWith('WEBVTT')).toBe(true);
      }
    }
    expect(items.some((item) => children(item, 'podcast:transcript').length > 0)).toBe(true);
  });

  it('is read without errors by python3-feedparser', async () => {
    const parsed = await feedparser(join(first.outDir, 'podcast/feed.xml'));
    expect(parsed.bozo, parsed.bozo_exception).toBe(0);
    expect(parsed.version).toBe('rss20');
    expect(parsed.title).toBe('Family Room Mission Podcast');
    expect(parsed.entries.map((e) => e.id)).toEqual(seedEpisodes().map(guidOf));
    for (const entry of parsed.entries) {
      expect(entry.enclosures).toHaveLength(1);
      expect(Number(entry.enclosures[0]!.length)).toBeGreaterThan(0);
      expect(entry.enclosures[0]!.href).toMatch(/^https:\/\//);
    }
    expect(parsed.entries.some((e) => e.content.includes('<p>'))).toBe(true);
  });

  it('is read by podcast-partytime with its Podcasting 2.0 tags', () => {
    const feed = parseFeed(feedXml);
    expect(feed).not.toBeNull();
    expect(feed!.title).toBe('Family Room Mission Podcast');
    expect(feed!.guid).toBe('57e71557-2f47-5cce-a8db-79276b345160');
    expect(feed!.locked).toBe(false);
    expect(feed!.itunesImage).toMatch(/-1400x1400\.jpg$/);
    expect(feed!.items.map((i) => i.guid)).toEqual(seedEpisodes().map(guidOf));
    expect(feed!.items.every((i) => i.enclosure.length > 0 && i.enclosure.url.startsWith('https://'))).toBe(true);
    expect(feed!.items.some((i) => i.podcastChapters?.type === 'application/json+chapters')).toBe(true);
  });

  it('carries the seed show’s Podcasting 2.0 extras: hosts, medium, license, location, podroll, trailer, soundbites, other versions', () => {
    const feed = parseFeed(feedXml)!;
    expect(feed.podcastPeople?.map((p) => [p.name, p.role])).toEqual([
      ['Nate Holloway', 'Host'],
      ['Rachel Holloway', 'Host'],
    ]);
    expect(feed.medium).toBe('podcast');
    expect(feed.license?.identifier).toBe('arr');
    expect(feed.podcastLocation?.name).toBe('Denver, Colorado');
    expect(feed.podroll?.map((r) => r.feedGuid)).toEqual(['917393e3-1b1e-5cef-ace4-edaa54e1f810']);
    expect(feed.podcastTxt).toEqual([{ purpose: 'verify', value: 'frm-S6lpp-7ZCn8-dZfGc' }]);
    // The trailer is the seed's trailer episode, with the same file as its enclosure.
    const trailerItem = feed.items.find((i) => i.itunesEpisodeType === 'trailer')!;
    expect(feed.trailers).toEqual([
      expect.objectContaining({
        title: trailerItem.title,
        url: trailerItem.enclosure.url,
        length: trailerItem.enclosure.length,
        season: 1,
      }),
    ]);
    const fightingFair = feed.items.find((i) => i.guid === RENAMED)!;
    expect(fightingFair.podcastSoundbites).toEqual([
      { startTime: 95, duration: 45, title: 'Why couples fight about the wrong thing' },
    ]);
    expect(fightingFair.alternativeEnclosures?.map((a) => [a.type, a.title, a.height ?? null])).toEqual([
      ['video/mp4', 'Video', 720],
      ['audio/mpeg', 'Low data', null],
    ]);
    expect(fightingFair.podcastSeason).toEqual({ number: 2 });
    expect(fightingFair.podcastEpisode).toEqual({ number: 6 });
    expect(fightingFair.podcastPeople?.map((p) => p.name)).toEqual(['Nate Holloway', 'Rachel Holloway']);
  });

  it('carries the seed’s #29 extras: chapter timestamps, an episode’s own giving link, podcast:image (read by feedparser and partytime)', async () => {
    const fightingFair = items.find((item) => textOf(item, 'guid') === RENAMED)!;
    const timestamps =
      '0:00 Intro\n1:35 Why couples fight about the wrong thing\n20:30 Our ground rules\n40:00 Listener questions';
    expect(textOf(fightingFair, 'description').endsWith(`\n\n${timestamps}`)).toBe(true);
    expect(textOf(fightingFair, 'content:encoded').endsWith(`<p>${timestamps.replaceAll('\n', '<br>')}</p>`)).toBe(
      true,
    );
    expect(children(fightingFair, 'podcast:funding').map((f) => [f.getAttribute('url'), f.textContent])).toEqual([
      ['https://familyroommission.org/give/marriage-weekend', 'Send a couple to the marriage weekend'],
    ]);
    expect(
      children(channel, 'podcast:image').map((i) => [
        i.getAttribute('purpose'),
        i.getAttribute('aspect-ratio'),
        i.getAttribute('width'),
        i.getAttribute('height'),
        new URL(i.getAttribute('href')!).pathname.replace(/[0-9a-f]{40}/, 'HASH'),
      ]),
    ).toEqual([
      ['artwork', '1/1', '1400', '1400', '/media/HASH-1400x1400.jpg'],
      ['artwork social', '16/9', '1280', '720', '/media/HASH-1280x720.jpg'],
    ]);
    for (const image of children(channel, 'podcast:image'))
      expect((await stat(join(first.outDir, new URL(image.getAttribute('href')!).pathname))).size).toBeGreaterThan(0);
    const script =
      'import sys, json, feedparser\nd = feedparser.parse(sys.argv[1])\nprint(json.dumps({"image": d.feed.get("podcast_image"), "funding": {e.id: e.get("podcast_funding") for e in d.entries}, "summary": {e.id: e.summary for e in d.entries}}))';
    const parsed = JSON.parse(
      (
        await promisify(execFile)(PYTHON, ['-c', script, join(first.outDir, 'podcast/feed.xml')], {
          maxBuffer: 64 * 1024 * 1024,
        })
      ).stdout,
    );
    expect(parsed.image).toMatchObject({ purpose: 'artwork social', 'aspect-ratio': '16/9', width: '1280' });
    expect(parsed.funding[RENAMED]).toEqual({ url: 'https://familyroommission.org/give/marriage-weekend' });
    expect(parsed.summary[RENAMED].endsWith(timestamps)).toBe(true);
    expect(parseFeed(feedXml)!.items.find((i) => i.guid === RENAMED)!.description).toContain(
      '0:00 Intro 1:35 Why couples fight about the wrong thing',
    );
  });

  it('shows the episode’s giving link, then the show’s, on the episode page, and the show’s on the podcast pages', async () => {
    const links = (html: string) =>
      [...new JSDOM(html).window.document.querySelectorAll('.funding a')].map((a) => [
        a.getAttribute('href'),
        a.textContent,
      ]);
    const show = ['https://familyroommission.org/give', 'Support the ministry'];
    expect(links(await readBuilt(first.outDir, 'podcast/fighting-fair/index.html'))).toEqual([
      ['https://familyroommission.org/give/marriage-weekend', 'Send a couple to the marriage weekend'],
      show,
    ]);
    expect(links(await readBuilt(first.outDir, 'podcast/rebuilding-intimacy-and-trust/index.html'))).toEqual([show]);
    expect(links(await readBuilt(first.outDir, 'podcast/index.html'))).toEqual([show]);
    expect(links(await readBuilt(first.outDir, 'podcast/episodes/index.html'))).toEqual([show]);
  });

  it('two builds of the same content give byte-identical feeds', async () => {
    expect(second.exitCode, second.output.slice(-3000)).toBe(0);
    for (const file of [
      'podcast/feed.xml',
      'rss.xml',
      'blog/topics/marriage/rss.xml',
      'podcast/chapters/fighting-fair.json',
    ]) {
      const a = await readFile(join(first.outDir, file));
      const b = await readFile(join(second.outDir, file));
      expect(a.equals(b), file).toBe(true);
    }
  });
});

describe('episode GUIDs', () => {
  it('do not change when an episode is renamed, and a GUID imported from an old host is kept', async () => {
    expect(renamed.exitCode, renamed.output.slice(-3000)).toBe(0);
    const guids = (xml: string) => new Map(parseFeed(xml)!.items.map((i) => [i.title, i.guid]));
    const before = guids(feedXml);
    const after = guids(await readBuilt(renamed.outDir, 'podcast/feed.xml'));
    const original = docs.find((d) => d._id === RENAMED)!;
    expect(original.guid ?? null).toBeNull();
    expect(after.get('A brand new title')).toBe(before.get(String(original.title)));
    expect(after.get('A brand new title')).toBe(RENAMED);
    const imported = docs.find((d) => d._type === 'podcastEpisode' && typeof d.guid === 'string' && liveBy(d))!;
    expect(after.get(String(imported.title))).toBe(imported.guid);
  });

  it('do not change when an analytics prefix is turned on; the enclosures and download links go through it', async () => {
    const feedWith = parseFeed(await readBuilt(renamed.outDir, 'podcast/feed.xml'))!;
    const feedWithout = parseFeed(feedXml)!;
    expect(feedWith.items.map((i) => i.guid)).toEqual(feedWithout.items.map((i) => i.guid));
    expect(feedWith.items.map((i) => i.enclosure.url)).toEqual(
      feedWithout.items.map((i) => `${OP3}${i.enclosure.url.replace(/^https:\/\//, '')}`),
    );
    const page = await readBuilt(renamed.outDir, 'podcast/rebuilding-intimacy-and-trust/index.html');
    expect(page).toMatch(/<a href="https:\/\/op3\.dev\/e\/familyroommission\.org\/media\/[0-9a-f]+\.mp3" download/);
    // The player itself still streams from our host; the privacy page names the service.
    expect(page).toMatch(/<source src="\/media\/[0-9a-f]+\.mp3"/);
    expect(await readBuilt(renamed.outDir, 'privacy/index.html')).toContain('<strong>op3.dev</strong>');
    expect(await readBuilt(first.outDir, 'privacy/index.html')).not.toContain('data-analytics-notice');
  });
});

describe('chapters files', () => {
  it('follow the Podcasting 2.0 JSON chapters format', async () => {
    const withChapters = docs.filter(
      (d) => d._type === 'podcastEpisode' && liveBy(d) && Array.isArray(d.chapters) && d.chapters.length > 0,
    );
    for (const doc of withChapters) {
      const json = JSON.parse(
        await readBuilt(first.outDir, `podcast/chapters/${(doc.slug as { current: string }).current}.json`),
      ) as Record<string, unknown>;
      expect(json.version, doc._id).toBe('1.2.0');
      const chapters = json.chapters as Array<Record<string, unknown>>;
      expect(Array.isArray(chapters) && chapters.length > 0).toBe(true);
      let previous = -1;
      for (const chapter of chapters) {
        expect(typeof chapter.startTime).toBe('number');
        expect(chapter.startTime as number).toBeGreaterThan(previous);
        previous = chapter.startTime as number;
        expect(typeof chapter.title === 'string' && chapter.title.length > 0).toBe(true);
        if ('url' in chapter) expect(chapter.url).toMatch(/^https?:\/\//);
        for (const key of Object.keys(chapter))
          expect(['startTime', 'endTime', 'title', 'img', 'url', 'toc', 'location']).toContain(key);
      }
    }
  });
});

describe('feeds read by rss-parser', () => {
  const parser = new RssParser({ customFields: { item: ['dc:creator'] } });
  it('reads the podcast feed with every episode and its enclosure', async () => {
    const feed = await parser.parseString(feedXml);
    expect(feed.title).toBe('Family Room Mission Podcast');
    expect(feed.items.map((i) => i.guid)).toEqual(
      docs
        .filter((d) => d._type === 'podcastEpisode' && liveBy(d))
        .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
        .map(guidOf),
    );
    for (const item of feed.items) expect(Number(item.enclosure?.length)).toBeGreaterThan(0);
  });
  it('reads the blog feed with authors, topics as categories and trailing-slash links', async () => {
    const feed = await parser.parseString(await readBuilt(first.outDir, 'rss.xml'));
    const trust = feed.items.find(
      (i) => i.link === 'https://familyroommission.org/blog/rebuilding-intimacy-and-trust/',
    )!;
    expect(trust).toBeDefined();
    expect((trust as Record<string, unknown>)['dc:creator']).toMatch(/Holloway/);
    expect(trust.categories?.length).toBeGreaterThan(0);
    expect(trust['content:encoded'] ?? trust.content).toMatch(/<h2>/);
    for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/familyroommission\.org\/blog\/[a-z0-9-]+\/$/);
  });

  it('announces the WebSub hub from the site settings in the blog and topic feeds', async () => {
    for (const path of ['rss.xml', 'blog/topics/marriage/rss.xml']) {
      expect(await readBuilt(first.outDir, path), path).toContain(
        '<atom:link href="https://pubsubhubbub.appspot.com/" rel="hub"/>',
      );
    }
  });
});

describe('blog feeds as built', () => {
  it('carry what RSS-to-email reads: a short summary, and the main image at an absolute address (media:content and first in the content)', async () => {
    const script =
      'import sys, json, feedparser\nd = feedparser.parse(sys.argv[1])\nprint(json.dumps([{"link": e.link, "summary": e.summary, "media": e.get("media_content"), "content": e.content[0].value} for e in d.entries]))';
    const entries = JSON.parse(
      (
        await promisify(execFile)(PYTHON, ['-c', script, join(first.outDir, 'rss.xml')], {
          maxBuffer: 64 * 1024 * 1024,
        })
      ).stdout,
    ) as Array<{ link: string; summary: string; media?: Array<Record<string, string>>; content: string }>;
    const posts = docs.filter((d) => d._type === 'post' && liveBy(d));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const post = posts.find((p) => entry.link.endsWith(`/blog/${(p.slug as { current: string }).current}/`))!;
      expect([...entry.summary].length, entry.link).toBeLessThanOrEqual(
        typeof post.excerpt === 'string' ? [...post.excerpt.trim()].length : 300,
      );
      if (!post.mainImage) continue;
      expect(entry.media, entry.link).toEqual([
        expect.objectContaining({
          medium: 'image',
          url: expect.stringMatching(/^https:\/\/familyroommission\.org\/media\/[0-9a-f]+-\d+x\d+\.jpg$/),
        }),
      ]);
      expect(
        entry.content.startsWith(`<p><img alt="`) || entry.content.startsWith(`<p><img src="${entry.media![0]!.url}"`),
        entry.content.slice(0, 200),
      ).toBe(true);
      expect(entry.content).toContain(`src="${entry.media![0]!.url}"`);
    }
    expect(entries.some((e) => e.media)).toBe(true);
  });

  it('the blog feed lists every published post newest first with full content, read by python3-feedparser', async () => {
    const posts = docs
      .filter((d) => d._type === 'post' && liveBy(d))
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));
    const parsed = await feedparser(join(first.outDir, 'rss.xml'));
    expect(parsed.bozo, parsed.bozo_exception).toBe(0);
    expect(parsed.entries.map((e) => e.title)).toEqual(posts.map((p) => p.title));
    expect(parsed.entries.map((e) => e.id)).toEqual(
      posts.map((p) => `https://familyroommission.org/blog/${(p.slug as { current: string }).current}/`),
    );
    for (const entry of parsed.entries) expect(entry.content).toMatch(/<p>/);
  });

  it("each topic has its own feed with only that topic's posts", async () => {
    const parsed = await feedparser(join(first.outDir, 'blog/topics/marriage/rss.xml'));
    expect(parsed.bozo, parsed.bozo_exception).toBe(0);
    const expected = docs.filter(
      (d) =>
        d._type === 'post' &&
        liveBy(d) &&
        (d.topics as Array<{ _ref: string }> | undefined)?.some((t) => t._ref === 'topic-marriage'),
    );
    expect(parsed.entries.length).toBe(expected.length);
    expect(parsed.entries.length).toBeGreaterThan(0);
  });
});

describe('a podcast that directories would reject', () => {
  it('stops the build with a message naming the podcast settings and ownerEmail', () => {
    expect(noOwnerEmail.exitCode).not.toBe(0);
    expect(noOwnerEmail.output).toMatch(/podcast "podcast" field "ownerEmail"/);
  });
});

describe('podcast feed built from the Content Lake', () => {
  it("lists the same episodes, each enclosure with the uploaded file's real size", async () => {
    expect(fromContentLake.exitCode, fromContentLake.output.slice(-3000)).toBe(0);
    const lake = new JSDOM(await readBuilt(fromContentLake.outDir, 'podcast/feed.xml'), { contentType: 'text/xml' })
      .window.document;
    expect(lake.querySelector('parsererror')).toBeNull();
    const lakeItems = [...lake.getElementsByTagName('item')];
    expect(lakeItems.map((item) => textOf(item, 'guid'))).toEqual(items.map((item) => textOf(item, 'guid')));
    expect(lakeItems.map((item) => textOf(item, 'title'))).toEqual(items.map((item) => textOf(item, 'title')));
    let uploaded = 0;
    for (const item of lakeItems) {
      const doc = builtDocs.find(
        (d) => d._type === 'podcastEpisode' && isPublished(d) && guidOf(d) === textOf(item, 'guid'),
      )!;
      const audio = doc.audio as { sizeBytes: number; url?: string; file?: { _sanityAsset: string } };
      const enclosure = one(item, 'enclosure');
      const length = Number(enclosure.getAttribute('length'));
      if (audio.file) {
        uploaded++;
        // file@file://./files/<sha1>.mp3 in the export; the asset URL names the same file.
        const name = audio.file._sanityAsset.replace(/^file@file:\/\/\.\/files\//, '');
        expect(enclosure.getAttribute('url')).toMatch(/^https:\/\//);
        expect(enclosure.getAttribute('url')!.endsWith(`/${name}`), enclosure.getAttribute('url')!).toBe(true);
        expect(length, doc._id).toBe((await stat(join(seedDatasetPath, 'files', name))).size);
        expect(length, doc._id).not.toBe(audio.sizeBytes);
      } else {
        expect(enclosure.getAttribute('url')).toBe(audio.url);
        expect(length).toBe(audio.sizeBytes);
      }
    }
    expect(uploaded).toBeGreaterThan(3);
  });
});
