import type { Redirect } from '@frm/content';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { redirectPage, redirectPageFile } from './redirectPage.ts';

const rule = (to: string, status: 301 | 302 = 301): Redirect => ({
  from: '/blog/old/',
  to,
  status,
  source: { id: 'doc', type: 'post', title: 'Doc', field: 'previousPaths' },
});

const read = (html: string) => new JSDOM(html).window.document;

describe('the page at an old path (GitHub Pages)', () => {
  it('sends the browser on at once, names the new page as canonical, is not indexed and shows a link', () => {
    const doc = read(redirectPage(rule('/blog/new/'), 'https://familyroommission.org'));
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/blog/new/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://familyroommission.org/blog/new/',
    );
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const link = doc.querySelector('body a');
    expect(link?.getAttribute('href')).toBe('/blog/new/');
    expect(link?.textContent).toBe('https://familyroommission.org/blog/new/');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBeTruthy();
  });

  it('waits briefly on a temporary redirect and escapes an address from content', () => {
    const doc = read(redirectPage(rule('https://give.example.org/?a=1&b="x"', 302), 'https://familyroommission.org'));
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '2;url=https://give.example.org/?a=1&b="x"',
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://give.example.org/?a=1&b=%22x%22',
    );
    expect(doc.querySelectorAll('body *')).toHaveLength(2);
  });

  it('is written where a static host serves the old path', () => {
    expect(redirectPageFile('/blog/old/')).toBe('blog/old/index.html');
    expect(redirectPageFile('/2019/05/hope.html')).toBe('2019/05/hope.html');
  });
});
