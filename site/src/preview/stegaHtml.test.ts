import { stegaEncodeSourceMap } from '@sanity/client/stega';
import { describe, expect, it } from 'vitest';
import { cleanStegaOutsideText } from './stegaHtml.ts';

const STEGA = /[\u200B-\u200D\u2060-\u2064\uFEFF]/;
const encode = (text: string): string =>
  (
    stegaEncodeSourceMap(
      { title: text },
      {
        documents: [{ _id: 'post-1', _type: 'post' }],
        paths: ["$['title']"],
        mappings: { "$['title']": { type: 'value', source: { type: 'documentValue', document: 0, path: 0 } } },
      },
      { enabled: true, studioUrl: 'https://studio.example', filter: () => true },
    ) as { title: string }
  ).title;

describe('cleanStegaOutsideText', () => {
  const title = encode('A draft title');
  const page = `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="${encode('Summary')}"><script type="application/ld+json">{"headline":"${title}"}</script></head>
<body><main><h1 class="t">${title}</h1><a href="/blog/${encode('x')}/" title='${title}'>${title}</a><time datetime="${encode('2026-01-01')}">1 January</time>
<img src="/a.webp" alt="${encode('Alt text')}"><script>const t = "${title}";</script></main></body></html>`;
  const cleaned = cleanStegaOutsideText(page);

  it('keeps stega in text nodes and alt text, where the overlays find it', () => {
    expect(cleaned).toContain(`<h1 class="t">${title}</h1>`);
    expect(cleaned).toContain(`>${title}</a>`);
    expect(/alt="([^"]*)"/.exec(cleaned)![1]).toMatch(STEGA);
  });

  it('removes it from the head, attributes, datetime and scripts', () => {
    const head = /<head>[\s\S]*<\/head>/.exec(cleaned)![0];
    expect(head).not.toMatch(STEGA);
    expect(head).toContain('<title>A draft title</title>');
    expect(/href="([^"]*)"/.exec(cleaned)![1]).toBe('/blog/x/');
    expect(/datetime="([^"]*)"/.exec(cleaned)![1]).toBe('2026-01-01');
    expect(/title='([^']*)'/.exec(cleaned)![1]).toBe('A draft title');
    expect(/<script>([\s\S]*?)<\/script>/.exec(cleaned)![1]).not.toMatch(STEGA);
  });

  it('leaves a page without stega byte for byte, emoji joiners included', () => {
    const family =
      '<html><head><title>Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}</title></head><body><a href="/x/">y</a></body></html>';
    expect(cleanStegaOutsideText(family)).toBe(family);
  });
});
