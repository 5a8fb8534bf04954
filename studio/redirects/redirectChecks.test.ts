// @vitest-environment jsdom
// The build's redirect checks in the Studio's validation, with the real Studio config.
import { redirectCheckQuery, type RedirectCheckResult } from '@frm/content/redirects';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, validate } from '../test/testWorkspace.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];

/** The published site the checks run on: two posts, a page, and one editor's redirect. */
const publishedSite: RedirectCheckResult = {
  documents: [
    {
      _id: 'post-dinner',
      _type: 'post',
      title: 'Five Questions',
      slug: 'five-questions',
      kind: null,
      previousPaths: null,
    },
    {
      _id: 'post-moved',
      _type: 'post',
      title: 'Praying Together',
      slug: 'praying-together',
      kind: null,
      previousPaths: ['/blog/praying/'],
    },
    { _id: 'page-about', _type: 'page', title: 'About', slug: 'about', kind: null, previousPaths: null },
  ],
  redirects: [
    {
      _id: 'redirect-dinner',
      from: '/2019/05/dinner/',
      targetRef: 'post-dinner',
      target: { _id: 'post-dinner', _type: 'post', title: 'Five Questions', slug: 'five-questions', kind: null },
      url: null,
      permanent: true,
    },
  ],
};

let workspace: Workspace;
let calls: { query: string }[];
let site = publishedSite;
beforeAll(async () => {
  ({ workspace, calls } = await createTestWorkspace((query) => (query === redirectCheckQuery ? site : true)));
});

const slug = (current: string) => ({ _type: 'slug', current });
const errors = async (document: Record<string, unknown>) =>
  (await validate(workspace, document)).filter((m) => m.level === 'error').map((m) => `${m.path}: ${m.message}`);

const redirect = (fields: Record<string, unknown>) => ({ _id: 'drafts.redirect-new', _type: 'redirect', ...fields });
const post = (id: string, fields: Record<string, unknown>) => ({
  _id: `drafts.${id}`,
  _type: 'post',
  publishedAt: '2026-01-10T10:00:00Z',
  ...fields,
});

describe('an editor’s redirect is checked against the published site', () => {
  it('accepts one hop to a page, and reads the site with the build’s own query', async () => {
    expect(await errors(redirect({ from: '/dinner/', target: { _type: 'reference', _ref: 'post-dinner' } }))).toEqual(
      [],
    );
    expect(calls.map((call) => call.query)).toContain(redirectCheckQuery);
  });

  it('refuses a chain, naming where to point it instead', async () => {
    expect(await errors(redirect({ from: '/dinner/', url: '/2019/05/dinner/' }))).toEqual([
      'from: /dinner/ redirects to /2019/05/dinner/, which redirects again to /blog/five-questions/ (set in “/2019/05/dinner/”). Point it straight at /blog/five-questions/.',
    ]);
  });

  it('refuses a loop', async () => {
    expect(await errors(redirect({ from: '/dinner/', url: '/dinner/' }))).toEqual([
      'from: /dinner/ redirects to itself. Point it at another page or remove it.',
    ]);
  });

  it('refuses a redirect from a live page', async () => {
    expect(await errors(redirect({ from: '/about/', url: '/podcast/' }))).toEqual([
      'from: /about/ is a live page on the site, so a redirect from it would never be followed. Remove /about/ here, or give the live page another address.',
    ]);
  });

  it('refuses a redirect to a document that is not published', async () => {
    const [message] = await errors(redirect({ from: '/dinner/', target: { _type: 'reference', _ref: 'post-draft' } }));
    expect(message).toMatch(/^target: Redirects \/dinner\/ to a document that does not exist or is not published/);
  });

  it('checks the draft in place of the published redirect, not both', async () => {
    // The published redirect-dinner edited to send visitors elsewhere: no clash with its published self.
    expect(
      await errors({
        _id: 'drafts.redirect-dinner',
        _type: 'redirect',
        from: '/2019/05/dinner/',
        url: 'https://give.example.org/',
      }),
    ).toEqual([]);
  });
});

describe('a page’s web address and old addresses are checked against the published site', () => {
  it('refuses an old address where a page lives', async () => {
    expect(
      await errors(
        post('post-dinner', { title: 'Five Questions', slug: slug('five-questions'), previousPaths: ['/about/'] }),
      ),
    ).toEqual([
      'previousPaths: /about/ is a live page on the site, so a redirect from it would never be followed. Remove /about/ here, or give the live page another address.',
    ]);
  });

  it('refuses a new web address that is another page’s old address', async () => {
    expect(await errors(post('post-new', { title: 'Praying', slug: slug('praying') }))).toEqual([
      'slug: /blog/praying/ redirects to /blog/praying-together/ (set in the old addresses of “Praying Together”). Choose another web address, or remove /blog/praying/ there first.',
    ]);
  });

  it('lets a page move back to its old address (publishing takes it off the list)', async () => {
    expect(
      await errors(
        post('post-moved', { title: 'Praying Together', slug: slug('praying'), previousPaths: ['/blog/praying/'] }),
      ),
    ).toEqual([]);
  });

  it('puts a problem with the address publishing will keep on the web address', async () => {
    // Another post already lists /blog/five-questions/ as its old address (while the post lives
    // there, the build reports that on the other post); moving the post away makes it a conflict.
    site = {
      ...publishedSite,
      documents: [
        ...publishedSite.documents!,
        {
          _id: 'post-other',
          _type: 'post',
          title: 'Other',
          slug: 'other',
          kind: null,
          previousPaths: ['/blog/five-questions/'],
        },
      ],
    };
    try {
      expect(
        await errors(post('post-dinner', { title: 'Five Questions', slug: slug('five-questions-for-families') })),
      ).toEqual([
        'slug: /blog/five-questions/ already redirects to /blog/other/ (set in “Other”). Remove it from one of the two.',
      ]);
    } finally {
      site = publishedSite;
    }
  });
});
