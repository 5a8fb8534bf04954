import { describe, expect, it } from 'vitest';
import { checkRedirectFrom, checkRedirects, redirectFromPath, type Redirect } from './redirectRules.ts';

const rule = (from: string, to: string, id = `doc-${from}`): Redirect => ({
  from,
  to,
  status: 301,
  source: { id, type: 'post', title: `Post ${id}`, field: 'previousPaths' },
});

describe('redirectFromPath', () => {
  it.each([
    ['/old-post', '/old-post/'],
    ['old-post/', '/old-post/'],
    ['/2019/05/old-post.html', '/2019/05/old-post.html'],
    ['https://familyroommission.org/2019/05/hope/?utm=x#top', '/2019/05/hope/'],
    ['/caf%C3%A9/', '/café/'],
    ['//a//b', undefined],
    ['https://elsewhere.org/hope/', undefined],
    ['/', undefined],
    ['/a/../b/', '/b/'],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(redirectFromPath(input, 'https://familyroommission.org')).toBe(expected);
  });

  it('tells an editor to leave out the domain', () => {
    expect(checkRedirectFrom('https://familyroommission.org/x/')).toMatch(/without https:\/\/ and the domain/);
    expect(checkRedirectFrom('/2019/05/old-post/')).toBe(true);
    expect(checkRedirectFrom(undefined)).toBe(true);
  });
});

describe('checkRedirects', () => {
  const live = new Set(['/blog/new/', '/blog/other/']);

  it('accepts one hop to a live page', () => {
    expect(checkRedirects([rule('/blog/old/', '/blog/new/'), rule('/2019/x/', '/blog/new/')], live)).toEqual([]);
  });

  it('refuses a redirect from a live page, naming the document and field', () => {
    const [p] = checkRedirects([rule('/blog/other/', '/blog/new/', 'post-1')], live);
    expect(p).toMatchObject({ id: 'post-1', type: 'post', path: 'previousPaths' });
    expect(p!.message).toMatch(/\/blog\/other\/ is a live page/);
  });

  it('refuses two redirects from one path to different places', () => {
    const problems = checkRedirects([rule('/a/', '/blog/new/', 'one'), rule('/a/', '/blog/other/', 'two')], live);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'two' });
    expect(problems[0]!.message).toMatch(/already redirects to \/blog\/new\/ \(set in “Post one”\)/);
  });

  it('refuses a chain longer than one hop', () => {
    const problems = checkRedirects([rule('/a/', '/b/', 'one'), rule('/b/', '/blog/new/', 'two')], live);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'one' });
    expect(problems[0]!.message).toMatch(/redirects again to \/blog\/new\/.*Point it straight at \/blog\/new\//);
  });

  it('refuses a loop, and a redirect to itself', () => {
    const loop = checkRedirects([rule('/a/', '/b/'), rule('/b/', '/a/')], live);
    expect(loop.map((p) => p.message)).toEqual([
      expect.stringContaining('/a/ → /b/ → /a/'),
      expect.stringContaining('/b/ → /a/ → /b/'),
    ]);
    expect(checkRedirects([rule('/a/', '/a/')], live)[0]!.message).toMatch(/redirects to itself/);
  });

  it('leaves external targets alone', () => {
    expect(checkRedirects([rule('/give/', 'https://give.example.org/')], live)).toEqual([]);
  });
});
