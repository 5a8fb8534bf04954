import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import type { PortableTextContent } from '@frm/content';
import RichText from '../../components/portableText/RichText.astro';
import { searchBodyWords, searchWords } from '../../../test/searchBody.ts';
import { portableTextBlocks, searchText } from './searchText.ts';

const span = (text: string, marks: string[] = []) => ({ _key: `s${text.length}`, _type: 'span' as const, text, marks });
const block = (key: string, text: string, extra: object = {}) => ({ _key: key, _type: 'block' as const, style: 'normal' as const, markDefs: [], children: [span(text)], ...extra });
const asset = { _id: 'image-a-800x600-jpg', url: '/media/a.jpg', width: 800, height: 600, mimeType: 'image/jpeg', lqip: null };

/** Every kind of block RichText renders, with text in each place a reader can see. */
const everyBlock = [
  block('h', 'A heading', { style: 'h2' }),
  { _key: 'p', _type: 'block', style: 'normal', markDefs: [{ _key: 'l', _type: 'link', href: 'https://example.org/' }, { _key: 'gone', _type: 'internalLink', target: null }], children: [span('Linked', ['l']), span(' words and '), span('a dangling', ['gone']), span(' link')] },
  block('li1', 'First item', { listItem: 'bullet', level: 1 }),
  block('li2', 'Second item', { listItem: 'bullet', level: 1 }),
  block('q', 'Quoted line', { style: 'blockquote' }),
  { _key: 's', _type: 'scripture', text: 'Two are better than one', reference: 'Ecclesiastes 4:9', translation: 'ESV' },
  { _key: 's2', _type: 'scripture', text: 'A cord of three strands', reference: 'Ecclesiastes 4:12' },
  { _key: 'c', _type: 'callout', tone: 'info', title: 'Callout title', text: 'Callout text' },
  { _key: 'c2', _type: 'callout', text: 'Untitled callout' },
  { _key: 'i', _type: 'image', alt: 'Alt text is not body text', caption: 'An image caption', asset },
  { _key: 'i2', _type: 'image', alt: 'No asset', caption: 'Caption of a missing image', asset: null },
  { _key: 'e', _type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Embedded player title' },
  { _key: 'e2', _type: 'embed', url: 'https://example.org/talk', title: 'A linked embed' },
  { _key: 'e3', _type: 'embed', url: 'javascript:alert(1)', title: 'An unsafe embed' },
] as unknown as PortableTextContent;

describe('searchText', () => {
  it('collapses whitespace, drops empty blocks and ends each block as a sentence', () => {
    expect(searchText(['  Title ', null, undefined, '', 'Line\n  two', 'Asked?', 'Quoted "word"', 'Ends with (aside)'])).toBe('Title. Line two. Asked? Quoted "word". Ends with (aside).');
  });
});

describe('portableTextBlocks', () => {
  it('gives the text of every block a reader sees, in order', () => {
    expect(portableTextBlocks(everyBlock)).toEqual([
      'A heading',
      'Linked words and a dangling link',
      'First item',
      'Second item',
      'Quoted line',
      'Two are better than one',
      'Ecclesiastes 4:9 (ESV)',
      'A cord of three strands',
      'Ecclesiastes 4:12',
      'Callout title',
      'Callout text',
      'Untitled callout',
      'An image caption',
      'A linked embed',
      'An unsafe embed',
    ]);
  });

  it('holds the same words as RichText renders, as Pagefind would read them', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RichText, { props: { value: everyBlock } });
    expect(searchWords(searchText(portableTextBlocks(everyBlock)))).toEqual(searchBodyWords(html));
  });
});
