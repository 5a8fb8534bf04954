import { describe, expect, it } from 'vitest';
import { htmlToBlocks, htmlToPlainText } from './htmlToPortableText.ts';

const text = (block: { children: Array<{ text: string }> }) => block.children.map((c) => c.text).join('');

describe('htmlToBlocks', () => {
  it('keeps paragraphs, headings, lists, bold, italic and links', () => {
    const { blocks } = htmlToBlocks(
      '<h1>Title</h1><p>Plain <strong>bold</strong> <em>italic</em> <a href="https://example.org/?a=1&amp;b=2">link</a></p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote>Quoted</blockquote>',
    );
    expect(blocks.map((b) => [b.style, b.listItem ?? null, text(b)])).toEqual([
      ['h2', null, 'Title'],
      ['normal', null, 'Plain bold italic link'],
      ['normal', 'bullet', 'one'],
      ['normal', 'bullet', 'two'],
      ['normal', 'number', 'first'],
      ['blockquote', null, 'Quoted'],
    ]);
    const paragraph = blocks[1]!;
    expect(paragraph.children.find((c) => c.text === 'bold')?.marks).toEqual(['strong']);
    expect(paragraph.children.find((c) => c.text === 'italic')?.marks).toEqual(['em']);
    const linkSpan = paragraph.children.find((c) => c.text === 'link')!;
    expect(paragraph.markDefs).toEqual([
      { _key: linkSpan.marks[0], _type: 'link', href: 'https://example.org/?a=1&b=2' },
    ]);
  });

  it('drops scripts, styles, players and images, and counts them', () => {
    const { blocks, dropped } = htmlToBlocks(
      '<p>Hi</p><script>alert(1)</script><style>p{}</style><audio src="x.mp3"></audio><img src="a.png" alt="a">',
    );
    expect(blocks.map(text)).toEqual(['Hi']);
    expect(dropped).toEqual({ script: 1, style: 1, audio: 1, img: 1 });
  });

  it('keeps the text of unsafe links but not the link', () => {
    const { blocks } = htmlToBlocks('<p><a href="javascript:alert(1)">click</a></p>');
    expect(blocks[0]?.markDefs).toEqual([]);
    expect(blocks[0]?.children).toEqual([{ _type: 'span', text: 'click', marks: [] }]);
  });

  it('decodes HTML entities', () => {
    expect(htmlToPlainText('<p>Tom &amp; Jerry &ndash; &ldquo;friends&rdquo;&nbsp;&#8230;</p>')).toBe(
      'Tom & Jerry – “friends”\u00a0…',
    );
  });

  it('returns nothing for empty HTML', () => {
    expect(htmlToBlocks('  ').blocks).toEqual([]);
    expect(htmlToBlocks('<p> </p>').blocks).toEqual([]);
  });
});
