import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '@frm/content';
import { portableTextHtml, portableTextPlain, type LinkTarget } from './portableTextHtml.ts';

const options = {
  siteUrl: 'https://familyroommission.org',
  resolveInternalLink: (target: LinkTarget) => (target.slug ? `/blog/${target.slug}/` : undefined),
};

const span = (text: string, marks: string[] = []) => ({ _key: `s${text.length}`, _type: 'span' as const, text, marks });

function paragraph(
  children: ReturnType<typeof span>[],
  markDefs: PortableTextContent[number] extends infer B ? (B extends { markDefs: infer M } ? M : never) : never = [],
): PortableTextContent[number] {
  return { _key: 'b1', _type: 'block', style: 'normal', children, markDefs };
}

describe('portableTextHtml', () => {
  it('renders paragraphs, headings and lists, escaping text', () => {
    const html = portableTextHtml(
      [
        { _key: 'h', _type: 'block', style: 'h2', children: [span('Trust & <b>truth</b>')], markDefs: [] },
        paragraph([span('Plain "quoted" text')]),
        { _key: 'l1', _type: 'block', listItem: 'bullet', level: 1, children: [span('one')], markDefs: [] },
        { _key: 'l2', _type: 'block', listItem: 'bullet', level: 1, children: [span('two')], markDefs: [] },
      ],
      options,
    );
    expect(html).toContain('<h2>Trust &amp; &lt;b&gt;truth&lt;/b&gt;</h2>');
    expect(html).toContain('<p>Plain &quot;quoted&quot; text</p>');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
  });

  it('links safe hrefs, makes relative ones absolute and renders unsafe ones as text', () => {
    const html = portableTextHtml(
      [
        paragraph(
          [
            span('web', ['a']),
            span(' '),
            span('relative', ['b']),
            span(' '),
            span('evil', ['c']),
            span(' '),
            span('data', ['d']),
            span(' '),
            span('mail', ['e']),
          ],
          [
            { _key: 'a', _type: 'link', href: 'https://example.org/?a=1&b="2"' },
            { _key: 'b', _type: 'link', href: '/give/' },
            { _key: 'c', _type: 'link', href: 'java\tscript:alert(1)' },
            { _key: 'd', _type: 'link', href: 'data:text/html,<script>alert(1)</script>' },
            { _key: 'e', _type: 'link', href: 'mailto:hi@example.org' },
          ],
        ),
      ],
      options,
    );
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">web</a>');
    expect(html).toContain('<a href="https://familyroommission.org/give/">relative</a>');
    expect(html).toContain(' evil ');
    expect(html).toContain(' data ');
    expect(html).not.toMatch(/script|data:/i);
    expect(html).toContain('<a href="mailto:hi@example.org">mail</a>');
  });

  it('resolves internal links to absolute URLs and leaves unresolvable ones as text', () => {
    const html = portableTextHtml(
      [
        paragraph(
          [span('post', ['i1']), span(' and '), span('gone', ['i2'])],
          [
            { _key: 'i1', _type: 'internalLink', target: { _id: 'post-1', _type: 'post', slug: 'hello', kind: null } },
            { _key: 'i2', _type: 'internalLink', target: null },
          ],
        ),
      ],
      options,
    );
    expect(html).toBe('<p><a href="https://familyroommission.org/blog/hello/">post</a> and gone</p>');
  });

  it('renders scripture, callout, embed and image blocks as simple HTML', () => {
    const html = portableTextHtml(
      [
        {
          _key: 's',
          _type: 'scripture',
          text: 'Two are better than one <3',
          reference: 'Ecclesiastes 4:9',
          translation: 'ESV',
        },
        { _key: 'c', _type: 'callout', tone: 'tip', title: 'Try this', text: 'Eat together & talk' },
        { _key: 'e', _type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Watch the video' },
        { _key: 'x', _type: 'embed', url: 'javascript:alert(1)', title: 'Bad embed' },
        {
          _key: 'i',
          _type: 'image',
          alt: 'A "lit" window',
          asset: { _id: 'image-1', url: '/media/window.jpg', width: 800, height: 600 },
        },
      ],
      options,
    );
    expect(html).toContain(
      '<blockquote><p>Two are better than one &lt;3</p><p>— Ecclesiastes 4:9 ESV</p></blockquote>',
    );
    expect(html).toContain('<p><strong>Try this</strong><br>Eat together &amp; talk</p>');
    expect(html).toContain('<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Watch the video</a></p>');
    expect(html).toContain('<p>Bad embed</p>');
    expect(html).toContain('<img src="https://familyroommission.org/media/window.jpg" alt="A &quot;lit&quot; window">');
    expect(html).not.toContain('iframe');
    expect(html).not.toContain('javascript');
  });

  it('links an embed only to an http(s) player page, and makes site paths and anchors absolute', () => {
    const embed = (url: string) => ({ _key: url, _type: 'embed' as const, url, title: 'Player' });
    for (const url of [
      'mailto:podcast@familyroommission.org',
      'tel:+15555550100',
      '/podcast/',
      'mailto:https://example.org',
    ]) {
      expect(portableTextHtml([embed(url)] as PortableTextContent, options), url).toBe('<p>Player</p>');
    }
    expect(portableTextHtml([embed('HTTP://player.example/1')] as PortableTextContent, options)).toBe(
      '<p><a href="HTTP://player.example/1">Player</a></p>',
    );
    const linked = (href: string) =>
      portableTextHtml([paragraph([span('go', ['l'])], [{ _key: 'l', _type: 'link', href }] as never)], options);
    expect(linked('/about')).toBe('<p><a href="https://familyroommission.org/about">go</a></p>');
    expect(linked('#top')).toBe('<p><a href="https://familyroommission.org/#top">go</a></p>');
  });

  it('gives plain text for summaries', () => {
    expect(
      portableTextPlain([
        paragraph([span('Hello <world>')]),
        { _key: 's', _type: 'scripture', text: 'Verse', reference: 'John 1:1' },
      ]),
    ).toBe('Hello <world>\n\nVerse (John 1:1)');
  });
});
