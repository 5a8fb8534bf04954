// @vitest-environment jsdom
// An editor's redirect through Sanity's own validation with the real Studio config.
import { beforeAll, describe, expect, it } from 'vitest';
import { redirectCheckQuery } from '@frm/content/redirects';
import { createTestWorkspace, validate } from '../test/testWorkspace.ts';
import { redirect, redirectTitle } from './documents/redirect.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];

let workspace: Workspace;
/** The published site: the post the redirects send visitors to. */
const publishedSite = {
  documents: [
    {
      _id: 'post-five-questions-for-the-dinner-table',
      _type: 'post',
      title: 'Five Questions for the Dinner Table',
      slug: 'five-questions-for-the-dinner-table',
      kind: null,
      previousPaths: null,
    },
  ],
  redirects: [],
};
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace((query) => (query === redirectCheckQuery ? publishedSite : true)));
});

const target = { _type: 'reference', _ref: 'post-five-questions-for-the-dinner-table' };
const valid = { _type: 'redirect', from: '/2019/05/dinner-questions/', target, permanent: true };
const messages = async (document: Record<string, unknown>) =>
  (await validate(workspace, document)).map((m) => `${m.level} ${m.path}: ${m.message}`).sort();

describe('a redirect', () => {
  it('from a path on the site to a page is valid; so is one to another web address', async () => {
    expect(await messages(valid)).toEqual([]);
    expect(await messages({ ...valid, target: undefined, url: 'https://shop.example.org/books/' })).toEqual([]);
    expect(await messages({ ...valid, target: undefined, url: '/podcast/' })).toEqual([]);
  });

  it('needs an old address on this site, without the domain', async () => {
    expect(await messages({ ...valid, from: undefined })).toEqual(['error from: Required']);
    expect(await messages({ ...valid, from: 'https://familyroommission.org/2019/05/x/' })).toEqual([
      'error from: must be a path on this site, such as /2019/05/old-post/, without https:// and the domain',
    ]);
  });

  it('sends visitors to one place: a page or a web address, not both and not neither', async () => {
    expect(await messages({ ...valid, url: '/podcast/' })).toEqual([
      'error url: Choose a page above or type a web address, not both: clear one of them.',
    ]);
    expect(await messages({ ...valid, target: undefined })).toEqual([
      'error target: Choose the page visitors should be sent to, or type a web address below.',
    ]);
  });

  it('takes a web address with https:// or a path starting with /', async () => {
    expect(await messages({ ...valid, target: undefined, url: 'shop.example.org' })).toEqual([
      'error url: Use a web address that starts with https://',
    ]);
  });

  it('is permanent unless the editor says otherwise', () => {
    const permanent = redirect.fields.find((field) => field.name === 'permanent') as { initialValue?: unknown };
    expect(permanent.initialValue).toBe(true);
  });

  it('is listed as “old address → where it sends visitors”', () => {
    const prepare = redirect.preview!.prepare! as (selection: Record<string, unknown>) => unknown;
    expect(
      prepare({
        from: '/2019/05/dinner-questions/',
        targetType: 'post',
        targetSlug: 'five-questions-for-the-dinner-table',
        targetTitle: 'Five Questions for the Dinner Table',
      }),
    ).toEqual({
      title: '/2019/05/dinner-questions/ → /blog/five-questions-for-the-dinner-table/',
      subtitle: 'Permanent (301) · Five Questions for the Dinner Table',
    });
    // A resource's kind is part of its address.
    expect(
      prepare({ from: '/ebook/', targetType: 'resource', targetSlug: 'family-ebook', targetKind: 'ebook' }),
    ).toMatchObject({ title: '/ebook/ → /resources/ebook/family-ebook/' });
    expect(prepare({ from: '/shop/', url: 'https://shop.example.org/', permanent: false })).toEqual({
      title: '/shop/ → https://shop.example.org/',
      subtitle: 'Temporary (302)',
    });
    expect(redirectTitle(undefined, undefined)).toBe('No old address yet → nowhere yet');
  });
});
