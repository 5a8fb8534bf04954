import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../load/loadContent.ts';
import { redirectCheckQuery } from '../queries.ts';
import { ContentError, type ContentProblem } from '../report/contentProblems.ts';
import { createEmbeddedSource } from '../sources/embeddedSource.ts';
import { minimalDocuments, post, writeFixtureExport } from '../testing/fixtureExport.ts';
import type { SanityDocumentLike } from '../export/types.ts';
import { redirectRules, redirectsFromCheckQuery, type RedirectCheckResult } from './contentRedirects.ts';
import { REDIRECTABLE_TYPES } from './redirectRules.ts';

const now = new Date('2026-06-01T00:00:00Z');
const ref = (id: string) => ({ _type: 'reference', _ref: id });
const redirect = (id: string, fields: Record<string, unknown>): SanityDocumentLike => ({
  _id: id,
  _type: 'redirect',
  ...fields,
});
const topic = (id: string, fields: Record<string, unknown> = {}): SanityDocumentLike => ({
  _id: id,
  _type: 'topic',
  title: `Topic ${id}`,
  slug: { _type: 'slug', current: id },
  ...fields,
});

/** A small site: a post with an old slug, a topic, and the editors' redirects. */
const site = (...extra: SanityDocumentLike[]) => [
  ...minimalDocuments(),
  post('hope', { previousPaths: ['/blog/old-hope/', '/2019/05/hope.html'] }),
  topic('marriage'),
  redirect('r-give', { from: '/give', url: 'https://give.example.org/', permanent: false }),
  redirect('r-marriage', { from: '/category/marriage/', target: ref('marriage') }),
  ...extra,
];

async function load(documents: SanityDocumentLike[]) {
  return loadContent(await createEmbeddedSource(await writeFixtureExport(documents)), { now, onWarning: () => {} });
}

async function problemsOf(documents: SanityDocumentLike[]): Promise<ContentProblem[]> {
  const error = await load(documents).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return [...(error as ContentError).problems];
}

/** What the Studio gets: the check query on the same documents. */
async function fromCheckQuery(documents: SanityDocumentLike[]) {
  const result = await (await evaluate(parse(redirectCheckQuery), { dataset: documents })).get();
  return redirectsFromCheckQuery(result as RedirectCheckResult);
}

describe('redirectRules from the loaded content', () => {
  it('redirects old addresses to the page (301) and editors’ redirects to their document or address', async () => {
    const { redirects, problems } = redirectRules(await load(site()));
    expect(problems).toEqual([]);
    expect(redirects.map(({ from, to, status }) => `${from} ${to} ${status}`)).toEqual([
      '/blog/old-hope/ /blog/hope/ 301',
      '/2019/05/hope.html /blog/hope/ 301',
      '/category/marriage/ /blog/topics/marriage/ 301',
      '/give/ https://give.example.org/ 302',
    ]);
    expect(redirects[0]!.source).toEqual({ id: 'hope', type: 'post', title: 'Post hope', field: 'previousPaths' });
  });

  it('gives the Studio the same redirects from its one query', async () => {
    const fromContent = redirectRules(await load(site()));
    const fromQuery = await fromCheckQuery(site());
    expect(fromQuery.redirects).toEqual(fromContent.redirects);
    expect(fromQuery.problems).toEqual([]);
    expect([...fromQuery.livePaths].sort()).toEqual([...fromContent.livePaths].sort());
  });

  it('checks every type whose old addresses redirect', () => {
    expect(redirectCheckQuery).toContain(`["${[...REDIRECTABLE_TYPES, 'person'].join('", "')}"]`);
  });

  it('lists pages, sections and feeds as live, never an anchor', async () => {
    const { livePaths: live } = redirectRules(
      await load(
        site({
          _id: 'res',
          _type: 'resource',
          title: 'Guide',
          slug: { current: 'guide' },
          kind: 'ebook',
          url: 'https://x.org/',
        }),
      ),
    );
    expect(live).toEqual(
      new Set([
        '/',
        '/blog/',
        '/rss.xml',
        '/podcast/',
        '/podcast/episodes/',
        '/podcast/feed.xml',
        '/resources/',
        '/resources/ebook/',
        '/resources/ebook/guide/',
        '/search/',
        '/privacy/',
        '/blog/hope/',
        '/blog/topics/marriage/',
        '/blog/topics/marriage/rss.xml',
      ]),
    );
  });

  it('leaves out an old address that is the page’s own address again', async () => {
    const { redirects } = redirectRules(
      await load([...minimalDocuments(), post('back', { previousPaths: ['/blog/back/'] })]),
    );
    expect(redirects).toEqual([]);
  });
});

describe('the build stops on', () => {
  it('a redirect to a missing document, naming the redirect and its field', async () => {
    const problems = await problemsOf(site(redirect('r-gone', { from: '/gone/', target: ref('deleted-post') })));
    expect(problems).toEqual([
      expect.objectContaining({
        id: 'r-gone',
        type: 'redirect',
        path: 'target',
        message: expect.stringMatching(/\/gone\/ to a document that does not exist or is not published/),
      }),
    ]);
    expect((await fromCheckQuery(site(redirect('r-gone', { from: '/gone/', target: ref('x') })))).problems).toEqual([
      expect.objectContaining({ id: 'r-gone', path: 'target' }),
    ]);
  });

  it('not on a redirect to a scheduled document, which the Studio accepts: it waits, with a warning', async () => {
    const documents = site(
      post('later', { publishedAt: '2027-01-01T00:00:00Z' }),
      redirect('r-later', { from: '/soon/', target: ref('later') }),
    );
    const warnings: ContentProblem[] = [];
    const content = await loadContent(await createEmbeddedSource(await writeFixtureExport(documents)), {
      now,
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        id: 'r-later',
        path: 'target',
        message: expect.stringMatching(/\/soon\/ to “Post later”, which is scheduled for later/),
      }),
    ]);
    expect(redirectRules(content).redirects.map((r) => r.from)).not.toContain('/soon/');
    expect((await fromCheckQuery(documents)).problems).toEqual([]);
  });

  it('a redirect from a live page, a chain and a loop', async () => {
    const problems = await problemsOf(
      site(
        redirect('r-live', { from: '/blog/hope/', url: '/about/' }),
        redirect('r-chain', { from: '/old-give/', url: '/give/' }),
        redirect('r-loop-a', { from: '/a/', url: '/b/' }),
        redirect('r-loop-b', { from: '/b/', url: '/a' }),
      ),
    );
    expect(problems.map((p) => `${p.id} ${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^r-live from: \/blog\/hope\/ is a live page/),
      expect.stringMatching(/^r-loop-a from: \/a\/ leads into a redirect loop/),
      expect.stringMatching(/^r-loop-b from: \/b\/ leads into a redirect loop/),
      expect.stringMatching(/^r-chain from: \/old-give\/ redirects to \/give\/, which redirects again/),
    ]);
  });

  it('a redirect with both a document and an address, or neither, and a bad old address', async () => {
    const problems = await problemsOf(
      site(
        redirect('r-both', { from: '/both/', url: '/about/', target: ref('hope') }),
        redirect('r-none', { from: '/none/' }),
        post('bad-old', { previousPaths: ['https://elsewhere.org/x/'] }),
      ),
    );
    expect(problems.map((p) => `${p.id} ${p.path}`)).toEqual([
      'bad-old previousPaths[0]',
      'r-both url',
      'r-none target',
    ]);
  });
});
