import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '../models/portableText.ts';
import { portableTextSegments, renderPortableText, type PortableTextRules } from './renderPortableText.ts';

// Rules that show which rule ran with what, so the tests see the core's own work.
const rules: PortableTextRules = {
  link: (href, children, { openInNewTab }) => `<a href="${href}"${openInNewTab ? ' new' : ''}>${children}</a>`,
  internalLinkHref: (target) => (target.slug ? `/x/${target.slug}/` : undefined),
  scripture: (block) => `[scripture ${block.reference}]`,
  callout: (block) => `[callout ${block.text}]`,
  embed: (block) => `[embed ${block.url}]`,
  image: (block) => `[image ${block.alt}]`,
};

const span = (text: string, marks: string[] = []) => ({ _key: text, _type: 'span' as const, text, marks });
const block = (children: ReturnType<typeof span>[], extra: Record<string, unknown> = {}) => ({
  _key: `b${children[0]?.text}`,
  _type: 'block' as const,
  style: 'normal' as const,
  markDefs: [],
  children,
  ...extra,
});
const body = (...blocks: unknown[]) => blocks as PortableTextContent;

describe('renderPortableText', () => {
  it('renders styles, lists and decorators, escaping text', () => {
    const html = renderPortableText(
      body(
        block([span('Head <1>')], { style: 'h2' }),
        block([
          span('bold', ['strong']),
          span(' '),
          span('it', ['em']),
          span(' '),
          span('code', ['code']),
          span(' '),
          span('under', ['underline']),
        ]),
        block([span('One')], { listItem: 'bullet', level: 1 }),
        block([span('Two')], { listItem: 'bullet', level: 1 }),
        block([span('First')], { listItem: 'number', level: 1 }),
        block([span('Quote & "more"')], { style: 'blockquote' }),
      ),
      rules,
    );
    expect(html).toContain('<h2>Head &lt;1&gt;</h2>');
    expect(html).toContain(
      '<p><strong>bold</strong> <em>it</em> <code>code</code> <span style="text-decoration:underline">under</span></p>',
    );
    expect(html).toContain('<ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>');
    expect(html).toContain('<blockquote>Quote &amp; &quot;more&quot;</blockquote>');
  });

  it('links only safe hrefs through the link rule and keeps the text of unsafe ones', () => {
    const hrefs = [
      'javascript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'not a url',
      'https://example.org/ok',
      '/about/',
      'mailto:a@example.org',
    ];
    const html = renderPortableText(
      body(
        block(
          hrefs.map((_, i) => span(`t${i}`, [`m${i}`])),
          { markDefs: hrefs.map((href, i) => ({ _key: `m${i}`, _type: 'link', href, openInNewTab: i === 5 })) },
        ),
      ),
      rules,
    );
    expect(html).toBe(
      '<p>t0t1t2t3t4<a href="https://example.org/ok" new>t5</a><a href="/about/">t6</a><a href="mailto:a@example.org">t7</a></p>',
    );
  });

  it('resolves internal links through the rules and keeps the text of dangling ones', () => {
    const html = renderPortableText(
      body(
        block([span('Listen', ['ep']), span(' and '), span('gone', ['gone']), span(' or '), span('draft', ['draft'])], {
          markDefs: [
            {
              _key: 'ep',
              _type: 'internalLink',
              target: { _id: 'e1', _type: 'podcastEpisode', slug: 'fair', kind: null },
            },
            { _key: 'gone', _type: 'internalLink', target: null },
            { _key: 'draft', _type: 'internalLink', target: { _id: 'p1', _type: 'post', slug: null, kind: null } },
          ],
        }),
      ),
      rules,
    );
    expect(html).toBe('<p><a href="/x/fair/">Listen</a> and gone or draft</p>');
  });

  it('hands each custom block to its rule', () => {
    const html = renderPortableText(
      body(
        { _key: 's', _type: 'scripture', text: 'v', reference: 'John 1:1' },
        { _key: 'c', _type: 'callout', text: 'note' },
        { _key: 'e', _type: 'embed', url: 'https://vimeo.com/1', title: 'V' },
        { _key: 'i', _type: 'image', alt: 'alt', asset: null },
      ),
      rules,
    );
    expect(html).toBe('[scripture John 1:1][callout note][embed https://vimeo.com/1][image alt]');
  });

  it('refuses an image block when the rules have no image rule, rather than dropping it', () => {
    const { image: _image, ...withoutImages } = rules;
    expect(() =>
      renderPortableText(body({ _key: 'i', _type: 'image', alt: 'alt', asset: null }), withoutImages),
    ).toThrow(/portableTextSegments/);
  });
});

describe('portableTextSegments', () => {
  it('splits a body into HTML runs and the image blocks between them, in order', () => {
    const image = {
      _key: 'i',
      _type: 'image',
      alt: 'A window',
      caption: 'Light',
      asset: { _id: 'image-1', url: '/media/w.jpg', width: 8, height: 6 },
    };
    const { image: _image, ...withoutImages } = rules;
    const segments = portableTextSegments(
      body(
        block([span('Before')], { listItem: 'bullet', level: 1 }),
        image,
        block([span('After')], { listItem: 'bullet', level: 1 }),
        { ...image, _key: 'j' },
      ),
      withoutImages,
    );
    expect(segments).toEqual([
      { html: '<ul><li>Before</li></ul>' },
      { image },
      { html: '<ul><li>After</li></ul>' },
      { image: { ...image, _key: 'j' } },
    ]);
  });

  it('gives no segments for an empty body', () => {
    expect(portableTextSegments([], rules)).toEqual([]);
  });
});
