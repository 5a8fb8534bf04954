import type { Redirect } from '@frm/content';
import { describe, expect, it } from 'vitest';
import { CLOUDFLARE_REDIRECT_LINE_LIMIT, CLOUDFLARE_STATIC_REDIRECTS_LIMIT, redirectsFile } from './redirectsFile.ts';

const rule = (from: string, to: string, status: 301 | 302 = 301): Redirect => ({
  from,
  to,
  status,
  source: { id: 'doc', type: 'post', title: 'Doc', field: 'previousPaths' },
});

describe('_redirects', () => {
  it('writes one "from to status" line per redirect, paths as requests carry them', () => {
    expect(
      redirectsFile([
        rule('/blog/old/', '/blog/new/'),
        rule('/2019/05/hope.html', '/blog/hope/'),
        rule('/give/', 'https://give.example.org/?a=1', 302),
        rule('/café/', '/blog/crème/'),
      ]),
    ).toBe(
      [
        '/blog/old/ /blog/new/ 301',
        '/2019/05/hope.html /blog/hope/ 301',
        '/give/ https://give.example.org/?a=1 302',
        '/caf%C3%A9/ /blog/cr%C3%A8me/ 301',
        '',
      ].join('\n'),
    );
    expect(redirectsFile([])).toBe('');
  });

  it("stays within Cloudflare Pages' static rule limit, or stops the build saying what to remove", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => rule(`/old-${i}/`, '/blog/new/'));
    expect(redirectsFile(many(CLOUDFLARE_STATIC_REDIRECTS_LIMIT)).trim().split('\n')).toHaveLength(2000);
    expect(() => redirectsFile(many(CLOUDFLARE_STATIC_REDIRECTS_LIMIT + 1))).toThrow(
      /2001 redirects; Cloudflare Pages reads at most 2000\. Remove old addresses/,
    );
  });

  it('refuses a rule longer than Cloudflare Pages reads, naming the document and field', () => {
    const long = `https://give.example.org/${'x'.repeat(CLOUDFLARE_REDIRECT_LINE_LIMIT)}`;
    expect(() => redirectsFile([rule('/give/', long)])).toThrow(
      /post "doc" field "previousPaths": the redirect from \/give\/ is 1036 characters long; Cloudflare Pages ignores a rule over 1000/,
    );
  });
});
