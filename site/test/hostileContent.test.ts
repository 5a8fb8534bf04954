import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHostileDataset } from '@frm/dataset-tools/hostile';
import { draftMarker, futureMarker, payloads } from '@frm/dataset-tools/payloads';
import { buildSite, builtFiles, readBuilt, type SiteBuild } from './buildSite.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

/*
 * End to end: the seed dataset with hostile strings in every editor-written field is built, and
 * the output is checked as a browser and a feed reader would see it.
 */

let build: SiteBuild;
let files: string[];

beforeAll(async () => {
  const dataset = await mkdtemp(join(tmpdir(), 'frm-hostile-'));
  await writeHostileDataset(dataset);
  build = await buildSite({ LOCAL_DATASET: dataset });
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
    for (const file of htmlFiles()) {
      const html = await readBuilt(build.outDir, file);
      const { document } = new JSDOM(html).window;
      expect(document.querySelector('frm-cdata-break'), file).toBeNull();
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `${file}: <${element.localName} ${attribute}>`).toBe(false);
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
        expect(new URL(iframe.getAttribute('src')!).hostname, file).toMatch(/^(www\.youtube-nocookie\.com|player\.vimeo\.com|open\.spotify\.com)$/);
        expect(iframe.getAttribute('sandbox'), file).toBeTruthy();
      }
    }
  });

  it('shows the hostile text to the reader exactly as written', async () => {
    const { document } = new JSDOM(await readBuilt(build.outDir, 'blog/rebuilding-intimacy-and-trust/index.html')).window;
    const heading = document.querySelector('h1')!.textContent!;
    for (const payload of Object.values(payloads)) expect(heading).toContain(payload);
    expect(document.title).toContain(payloads.scriptTag);
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(payloads.attributeBreak);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(payloads.scriptClose);
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.stringify(JSON.parse(s.textContent!)));
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
    const feed = new JSDOM(await readBuilt(build.outDir, 'podcast/feed.xml'), { contentType: 'text/xml' }).window.document;
    const firstTitle = feed.querySelector('channel > title')!.textContent!;
    expect(firstTitle).toContain(payloads.cdataClose);
    expect(firstTitle).toContain(payloads.scriptTag);
  });

  it('publishes no draft, release version or future post anywhere', async () => {
    for (const file of files.filter((f) => /\.(html|xml|json|txt)$/.test(f) || f.startsWith('pagefind/'))) {
      const text = await readBuilt(build.outDir, file).catch(() => '');
      expect(text.includes(draftMarker), file).toBe(false);
      expect(text.includes(futureMarker), file).toBe(false);
      expect(text.includes('future-hostile'), file).toBe(false);
    }
    expect(files.some((f) => f.includes('future-hostile'))).toBe(false);
  });
});
