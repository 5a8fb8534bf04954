import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHostileDataset } from '@frm/dataset-tools/hostile';
import { draftMarker, futureMarker, payloads, unpublishedSlug } from '@frm/dataset-tools/payloads';
import { META_ONLY_DIRECTIVES } from '../src/integrations/cspHeaders.ts';
import { redirectPageFile } from '../src/integrations/redirects/redirectPage.ts';
import { buildSite, builtFiles, readBuilt, type SiteBuild } from './buildSite.ts';
import { directives, parseHeadersFile } from './headersFile.ts';
import { indexedPages, isPagefindDataFile, readPagefindFile } from './pagefindIndex.ts';
import { searchBodyWords, searchWords } from './searchBody.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

/*
 * End to end: the seed dataset with hostile strings in every editor-written field is built, and
 * the output is checked as a browser and a feed reader would see it.
 */

const BUILD_TIME = '2026-11-01T00:00:00Z';
let build: SiteBuild;
let files: string[];
let dataset: string;

beforeAll(async () => {
  dataset = await mkdtemp(join(tmpdir(), 'frm-hostile-'));
  await writeHostileDataset(dataset);
  build = await buildSite({ LOCAL_DATASET: dataset, BUILD_TIME });
  files = await builtFiles(build.outDir);
}, SITE_BUILD_TIMEOUT_MS);

const htmlFiles = () => files.filter((f) => f.endsWith('.html'));

describe('hostile but valid content', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.exitCode).toBe(0);
    expect(htmlFiles().length).toBeGreaterThan(20);
  });

  it('renders no element, attribute, script or link from content in any page', async () => {
    expect(htmlFiles().length).toBeGreaterThan(20);
    for (const file of htmlFiles()) {
      const html = await readBuilt(build.outDir, file);
      const { document } = new JSDOM(html).window;
      expect(document.querySelector('frm-cdata-break'), file).toBeNull();
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames())
          expect(attribute.startsWith('on'), `${file}: <${element.localName} ${attribute}>`).toBe(false);
      }
      for (const img of document.querySelectorAll('img')) expect(img.getAttribute('src'), file).not.toBe('x');
      for (const script of document.querySelectorAll('script')) {
        const text = script.textContent ?? '';
        if (script.getAttribute('type') === 'application/ld+json') {
          // Data, not code: it may hold the payload text, but escaped so it cannot close the element.
          expect(text, file).not.toMatch(/[<>]/);
          expect(() => JSON.parse(text), file).not.toThrow();
        } else expect(text, file).not.toContain('frm-xss');
      }
      for (const link of document.querySelectorAll('a[href], iframe[src], form[action]')) {
        const url = link.getAttribute('href') ?? link.getAttribute('src') ?? link.getAttribute('action') ?? '';
        expect(url, `${file}: ${link.outerHTML.slice(0, 120)}`).toMatch(/^(https?:|mailto:|tel:|\/|#)/i);
      }
      for (const iframe of document.querySelectorAll('iframe')) {
        expect(new URL(iframe.getAttribute('src')!).hostname, file).toMatch(
          /^(www\.youtube-nocookie\.com|player\.vimeo\.com|open\.spotify\.com)$/,
        );
        expect(iframe.getAttribute('sandbox'), file).toBeTruthy();
      }
    }
  });

  it('shows the hostile text to the reader exactly as written', async () => {
    const { document } = new JSDOM(await readBuilt(build.outDir, 'blog/rebuilding-intimacy-and-trust/index.html'))
      .window;
    const heading = document.querySelector('h1')!.textContent!;
    for (const payload of Object.values(payloads)) expect(heading).toContain(payload);
    expect(document.title).toContain(payloads.scriptTag);
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(
      payloads.attributeBreak,
    );
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(
      payloads.scriptClose,
    );
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.stringify(JSON.parse(s.textContent!)),
    );
    expect(jsonLd.join('')).toContain(JSON.stringify(payloads.scriptClose).slice(1, -1));
    // Unsafe links keep their text.
    expect(document.body.textContent).toContain('unsafe link 0');
    expect(document.body.textContent).toContain('Evil embed');
  });

  it('keeps feeds and the sitemap well-formed with the text intact', async () => {
    const xmlFiles = files.filter((f) => f.endsWith('.xml'));
    expect(xmlFiles).toEqual(expect.arrayContaining(['sitemap-index.xml', 'rss.xml', 'podcast/feed.xml']));
    for (const file of xmlFiles) {
      const xml = await readBuilt(build.outDir, file);
      const document = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
      expect(document.querySelector('parsererror'), file).toBeNull();
    }
    const feed = new JSDOM(await readBuilt(build.outDir, 'podcast/feed.xml'), { contentType: 'text/xml' }).window
      .document;
    const firstTitle = feed.querySelector('channel > title')!.textContent!;
    expect(firstTitle).toContain(payloads.cdataClose);
    expect(firstTitle).toContain(payloads.scriptTag);
  });

  it("writes _headers whose policy allows what every page's policy allows, and nothing more, plus frame-ancestors", async () => {
    const rules = parseHeadersFile(await readFile(join(build.outDir, '_headers'), 'utf8'));
    const header = directives(rules['/*']?.['Content-Security-Policy'] ?? '');
    const union: Record<string, Set<string>> = {};
    // Astro's pages: the old-address pages are written after this pass, with a policy that allows nothing.
    const redirects = await readBuilt(build.outDir, '_redirects');
    const oldAddressPages = new Set(
      redirects
        .split('\n')
        .filter(Boolean)
        .map((line) => redirectPageFile(decodeURI(line.split(' ')[0]!))),
    );
    expect(oldAddressPages.size).toBeGreaterThan(0);
    const pages = htmlFiles().filter((file) => !oldAddressPages.has(file));
    for (const file of pages) {
      const html = await readBuilt(build.outDir, file);
      const head = html.slice(0, html.indexOf('</head>') + '</head>'.length);
      const meta = new JSDOM(head).window.document.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, `${file} has no CSP meta tag`).not.toBeNull();
      for (const [name, sources] of Object.entries(directives(meta!.getAttribute('content')!))) {
        union[name] ??= new Set();
        for (const source of sources) union[name].add(source);
      }
    }
    // The hash directives stay in each page's meta (cspHeaders.ts): both policies are enforced.
    const shared = Object.entries(union).filter(([name]) => !META_ONLY_DIRECTIVES.has(name));
    expect(header).toEqual({
      ...Object.fromEntries(shared.map(([name, set]) => [name, [...set].sort()])),
      'frame-ancestors': ["'none'"],
    });
    expect([...union['script-src']!]).not.toContain("'unsafe-inline'");
    expect([...union['script-src']!]).not.toContain("'unsafe-eval'");
    expect(rules['/*']).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
    // Every page was read for its policy, not only those with hashes of their own.
    expect(build.output).toContain(`_headers written from ${pages.length} pages`);
  }, 60_000);

  it('publishes no draft, release version or future document anywhere, search index included', async () => {
    const checked = files.filter((f) => /\.(html|xml|json|txt)$/.test(f) || isPagefindDataFile(f));
    expect(checked.filter(isPagefindDataFile).length).toBeGreaterThan(3);
    for (const file of checked) {
      const path = join(build.outDir, file);
      const text = isPagefindDataFile(file)
        ? (await readPagefindFile(path)).toString('utf8')
        : await readFile(path, 'utf8');
      expect(text.includes(draftMarker), file).toBe(false);
      expect(text.includes(futureMarker), file).toBe(false);
      expect(text.includes('future-hostile'), file).toBe(false);
      expect(text.includes(unpublishedSlug), file).toBe(false);
    }
    expect(files.filter((f) => f.includes('future-hostile') || f.includes(unpublishedSlug))).toEqual([]);
  });

  it('has, of every type, a draft and a version that were never published, each with a slug of its own', async () => {
    const docs = (await readFile(join(dataset, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { _id: string; _type: string; slug?: { current: string } });
    const publishedIds = new Set(docs.filter((d) => !d._id.includes('.')).map((d) => d._id));
    const baseId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');
    for (const type of ['post', 'podcastEpisode', 'resource', 'page', 'topic', 'person']) {
      const neverPublished = docs.filter(
        (d) => d._type === type && d._id.includes('.') && !publishedIds.has(baseId(d._id)),
      );
      expect(neverPublished.map((d) => d._id.split('.')[0]).sort(), type).toEqual(['drafts', 'versions']);
    }
    for (const type of ['siteSettings', 'podcast'])
      expect(docs.filter((d) => d._type === type).length, type).toBeGreaterThanOrEqual(3);
    const publishedSlugs = new Set(docs.filter((d) => !d._id.includes('.')).map((d) => d.slug?.current));
    const unpublishedSlugs = docs.filter((d) => d._id.includes('.') && d.slug).map((d) => d.slug!.current);
    expect(unpublishedSlugs.filter((slug) => publishedSlugs.has(slug))).toEqual([]);
    expect(new Set(unpublishedSlugs).size).toBe(unpublishedSlugs.length);
  });

  it('indexes for search exactly the published posts and episodes and the resources, as readers see them', async () => {
    const docs = (await readFile(join(dataset, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { _id: string; _type: string; slug?: { current: string }; publishedAt?: string });
    const live = (type: string) =>
      docs.filter(
        (d) => d._type === type && !d._id.includes('.') && Date.parse(d.publishedAt!) <= Date.parse(BUILD_TIME),
      );
    const pages = await indexedPages(build.outDir);
    const paths = pages.map((p) => new URL(p.url, 'https://site.invalid').pathname).sort();
    const postPaths = live('post').map((d) => `/blog/${d.slug!.current}/`);
    const episodePaths = live('podcastEpisode').map((d) => `/podcast/${d.slug!.current}/`);
    expect(postPaths.length).toBeGreaterThan(3);
    expect(episodePaths.length).toBeGreaterThan(3);
    // Every published post and episode, and nothing but them and the resources.
    expect(paths.filter((p) => !p.startsWith('/resources/')).sort()).toEqual([...postPaths, ...episodePaths].sort());
    expect(paths.some((p) => p.startsWith('/resources/'))).toBe(true);
    const resourceText = pages
      .filter((p) => new URL(p.url, 'https://site.invalid').pathname.startsWith('/resources/'))
      .map((p) => p.content)
      .join(' ');
    for (const resource of docs.filter((d) => d._type === 'resource' && !d._id.includes('.'))) {
      expect(resourceText, resource._id).toContain(String((resource as { title?: string }).title).split(' ')[0]);
    }
    for (const page of pages) {
      expect(`${page.meta.title} ${page.content}`, page.url).not.toMatch(new RegExp(`${draftMarker}|${futureMarker}`));
    }
  });

  it('indexes each page with the text its search body shows', async () => {
    const pages = await indexedPages(build.outDir);
    for (const page of pages) {
      const html = await readBuilt(
        build.outDir,
        `${new URL(page.url, 'https://site.invalid').pathname.slice(1)}index.html`,
      );
      const { document } = new JSDOM(html).window;
      expect(searchWords(page.content), page.url).toEqual(searchBodyWords(html));
      expect(page.meta.title, page.url).toBe(
        document
          .querySelector('[data-pagefind-body] [data-pagefind-meta="title"]')!
          .textContent!.replace(/\s+/g, ' ')
          .trim(),
      );
      expect(page.filters, page.url).toEqual({ kind: [page.meta.kind] });
      expect(document.querySelector('[data-pagefind-body]')!.getAttribute('data-pagefind-filter'), page.url).toBe(
        `kind:${page.meta.kind}`,
      );
    }
  });
});
