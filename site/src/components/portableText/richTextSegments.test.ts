import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '@frm/content';
import { richTextSegments } from './richTextSegments.ts';

const span = (text: string, marks: string[] = []) => ({ _key: text, _type: 'span' as const, text, marks });
const html = (blocks: unknown[]) =>
  richTextSegments(blocks as PortableTextContent)
    .map((segment) => segment.html ?? `[image ${segment.image?.alt}]`)
    .join('');

describe('richTextSegments (page bodies)', () => {
  it('renders block styles, lists and marks as the page markup', () => {
    expect(
      html([
        { _key: 'h', _type: 'block', style: 'h3', markDefs: [], children: [span('Heading')] },
        {
          _key: 'p',
          _type: 'block',
          style: 'normal',
          markDefs: [],
          children: [span('Bold', ['strong']), span(' & '), span('it', ['em'])],
        },
        { _key: 'l', _type: 'block', listItem: 'number', level: 1, markDefs: [], children: [span('One')] },
      ]),
    ).toBe('<h3>Heading</h3><p><strong>Bold</strong> &amp; <em>it</em></p><ol><li>One</li></ol>');
  });

  it('opens safe external links safely, keeps site links plain and unsafe links as text', () => {
    const hrefs = ['https://example.org/?a=1&b="2"', 'https://example.org/same', '/give/', 'javascript:alert(1)'];
    expect(
      html([
        {
          _key: 'b',
          _type: 'block',
          style: 'normal',
          markDefs: [
            ...hrefs.map((href, i) => ({ _key: `m${i}`, _type: 'link', href, openInNewTab: i !== 1 })),
            {
              _key: 'ep',
              _type: 'internalLink',
              target: { _id: 'e', _type: 'podcastEpisode', slug: 'fair', kind: null },
            },
            {
              _key: 'rs',
              _type: 'internalLink',
              target: { _id: 'r', _type: 'resource', slug: 'guide', kind: 'ebook' },
            },
          ],
          children: [...hrefs.map((_, i) => span(`t${i}`, [`m${i}`])), span('ep', ['ep']), span('rs', ['rs'])],
        },
      ]),
    ).toBe(
      '<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer" target="_blank">t0</a>' +
        '<a href="https://example.org/same" rel="noopener noreferrer">t1</a><a href="/give/">t2</a>t3<a href="/podcast/fair/">ep</a>' +
        '<a href="/resources/ebook/guide/">rs</a></p>',
    );
  });

  it('keeps the text of a mark whose definition is gone, marked as before', () => {
    expect(
      html([{ _key: 'p', _type: 'block', style: 'normal', markDefs: [], children: [span('orphan', ['gone1'])] }]),
    ).toBe('<p><span data-portabletext-unknown="mark">orphan</span></p>');
  });

  it('renders scripture and callouts with escaped text', () => {
    expect(
      html([
        {
          _key: 's',
          _type: 'scripture',
          text: 'Two <b>are</b> better',
          reference: 'Ecclesiastes 4:9',
          translation: 'ESV',
        },
        { _key: 'n', _type: 'scripture', text: 'Love', reference: '1 John 4:8' },
        { _key: 'c', _type: 'callout', tone: 'tip', title: 'Try "this"', text: 'Pray.' },
        { _key: 'd', _type: 'callout', text: 'Plain.' },
      ]),
    ).toBe(
      '<figure class="scripture"><blockquote><p>Two &lt;b&gt;are&lt;/b&gt; better</p></blockquote><figcaption>Ecclesiastes 4:9 (ESV)</figcaption></figure>' +
        '<figure class="scripture"><blockquote><p>Love</p></blockquote><figcaption>1 John 4:8</figcaption></figure>' +
        '<aside class="callout tip" aria-label="Try &quot;this&quot;"><p class="callout-title">Try &quot;this&quot;</p><p>Pray.</p></aside>' +
        '<aside class="callout info" aria-label="Note"><p>Plain.</p></aside>',
    );
  });

  it('embeds only allow-listed players in a sandbox; other URLs become links or text', () => {
    const embed = (url: string) => ({ _key: url, _type: 'embed', url, title: 'Player <1>' });
    expect(html([embed('https://youtu.be/dQw4w9WgXcQ')])).toBe(
      '<figure class="embed youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Player &lt;1&gt;" loading="lazy" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" allow="encrypted-media; picture-in-picture; fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe></figure>',
    );
    expect(html([embed('https://evil.example/player')])).toBe(
      '<p><a href="https://evil.example/player" rel="noopener noreferrer">Player &lt;1&gt;</a></p>',
    );
    expect(html([embed('javascript:alert(1)')])).toBe('<p>Player &lt;1&gt;</p>');
  });

  it('keeps image blocks as blocks between the HTML runs (for ContentImage)', () => {
    const image = {
      _key: 'i',
      _type: 'image',
      alt: 'Window',
      asset: { _id: 'image-1', url: '/media/w.jpg', width: 8, height: 6 },
    };
    const segments = richTextSegments([
      { _key: 'p', _type: 'block', style: 'normal', markDefs: [], children: [span('Before')] },
      image,
    ] as PortableTextContent);
    expect(segments).toEqual([{ html: '<p>Before</p>' }, { image }]);
  });
});
