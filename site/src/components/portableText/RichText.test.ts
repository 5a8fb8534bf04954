import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '@frm/content';
import RichText from './RichText.astro';

const span = (text: string, marks: string[] = []) => ({ _key: `s${text.length}`, _type: 'span' as const, text, marks });

async function render(value: unknown[]): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(RichText, { props: { value: value as PortableTextContent } });
  // Dev-mode source annotations and scoped-style ids are noise for these assertions.
  return html.replace(/\s+data-astro-[a-z0-9-]+(="[^"]*")?/g, '');
}

describe('RichText (Portable Text)', () => {
  it('renders headings, lists and quotes', async () => {
    const html = await render([
      { _key: 'h', _type: 'block', style: 'h2', markDefs: [], children: [span('Heading')] },
      {
        _key: 'l1',
        _type: 'block',
        style: 'normal',
        listItem: 'bullet',
        level: 1,
        markDefs: [],
        children: [span('One')],
      },
      {
        _key: 'l2',
        _type: 'block',
        style: 'normal',
        listItem: 'bullet',
        level: 1,
        markDefs: [],
        children: [span('Two')],
      },
      { _key: 'q', _type: 'block', style: 'blockquote', markDefs: [], children: [span('Quoted')] },
    ]);
    expect(html).toMatch(/<h2[^>]*>Heading<\/h2>/);
    expect(html).toMatch(/<ul[^>]*>\s*<li[^>]*>One<\/li>\s*<li[^>]*>Two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<blockquote[^>]*>Quoted<\/blockquote>/);
  });

  it('resolves internal links to the target document URL and keeps the text of dangling ones', async () => {
    const html = await render([
      {
        _key: 'b',
        _type: 'block',
        style: 'normal',
        markDefs: [
          {
            _key: 'ep',
            _type: 'internalLink',
            target: { _id: 'e1', _type: 'podcastEpisode', slug: 'fighting-fair', kind: null },
          },
          { _key: 'gone', _type: 'internalLink', target: null },
        ],
        children: [span('Listen', ['ep']), span(' and '), span('deleted', ['gone'])],
      },
    ]);
    expect(html).toContain('<a href="/podcast/fighting-fair/">Listen</a>');
    expect(html).toContain('deleted');
    expect(html).not.toMatch(/<a[^>]*>deleted/);
  });

  it('keeps the text of unsafe links but never links them; safe external links open safely', async () => {
    const hrefs = ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'https://example.org/ok'];
    const html = await render([
      {
        _key: 'b',
        _type: 'block',
        style: 'normal',
        markDefs: hrefs.map((href, i) => ({ _key: `m${i}`, _type: 'link', href, openInNewTab: true })),
        children: hrefs.map((_, i) => span(`text${i}`, [`m${i}`])),
      },
    ]);
    for (const bad of ['javascript:', 'data:', 'vbscript:']) expect(html).not.toContain(bad);
    expect(html).toContain('text0');
    expect(html).toContain('<a href="https://example.org/ok" rel="noopener noreferrer" target="_blank">text3</a>');
  });

  it('renders scripture and callouts, and embeds only allow-listed players in a sandbox', async () => {
    const html = await render([
      {
        _key: 's',
        _type: 'scripture',
        text: 'Two are better than one.',
        reference: 'Ecclesiastes 4:9',
        translation: 'ESV',
      },
      { _key: 'c', _type: 'callout', tone: 'tip', title: 'Try this', text: 'Pray together tonight.' },
      { _key: 'y', _type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Video' },
      { _key: 'x', _type: 'embed', url: 'https://evil.example/player', title: 'Other player' },
    ]);
    expect(html).toContain('Ecclesiastes 4:9');
    expect(html).toContain('Pray together tonight.');
    expect(html).toMatch(/<iframe[^>]*src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ"[^>]*sandbox="/);
    expect(html).not.toMatch(/<iframe[^>]*evil\.example/);
    expect(html).toContain('<a href="https://evil.example/player" rel="noopener noreferrer">Other player</a>');
  });

  it('renders body images through ContentImage, in place between the text', async () => {
    const html = await render([
      { _key: 'a', _type: 'block', style: 'normal', markDefs: [], children: [span('Before')] },
      {
        _key: 'i',
        _type: 'image',
        alt: 'A "lit" window',
        caption: 'Evening',
        asset: { _id: 'image-1', url: '/media/window.jpg', width: 800, height: 600 },
      },
      { _key: 'n', _type: 'image', alt: 'Not uploaded', asset: null },
      { _key: 'b', _type: 'block', style: 'normal', markDefs: [], children: [span('After')] },
    ]);
    expect(html).toMatch(
      /<p>Before<\/p>\s*<figure>\s*<img src="\/media\/window\.jpg" alt="A &quot;lit&quot; window" width="800" height="600" loading="lazy" decoding="async"\s*\/?>\s*<figcaption>Evening<\/figcaption>\s*<\/figure>\s*<p>After<\/p>/,
    );
    expect(html).not.toContain('Not uploaded');
  });
});
