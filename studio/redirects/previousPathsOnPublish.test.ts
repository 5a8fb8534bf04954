import { describe, expect, it } from 'vitest';
import { previousPathsOnPublish, redirectablePath } from './previousPathsOnPublish.ts';

const post = (slug: string, previousPaths?: string[]) => ({
  _type: 'post',
  slug: { _type: 'slug', current: slug },
  ...(previousPaths ? { previousPaths } : {}),
});

describe('old addresses kept on publish', () => {
  it('appends the published address when the draft has a new web address', () => {
    expect(previousPathsOnPublish(post('old-slug'), post('new-slug'))).toEqual(['/blog/old-slug/']);
    expect(previousPathsOnPublish(post('second'), post('third', ['/blog/first/']))).toEqual([
      '/blog/first/',
      '/blog/second/',
    ]);
  });

  it('does the same for episodes, topics and pages, by their own addresses', () => {
    expect(
      previousPathsOnPublish({ ...post('a'), _type: 'podcastEpisode' }, { ...post('b'), _type: 'podcastEpisode' }),
    ).toEqual(['/podcast/a/']);
    expect(previousPathsOnPublish({ ...post('a'), _type: 'topic' }, { ...post('b'), _type: 'topic' })).toEqual([
      '/blog/topics/a/',
    ]);
    expect(previousPathsOnPublish({ ...post('a'), _type: 'page' }, { ...post('b'), _type: 'page' })).toEqual(['/a/']);
  });

  it('changes nothing when the address is the same, or on the first publish', () => {
    expect(previousPathsOnPublish(post('same'), post('same', ['/blog/older/']))).toBeUndefined();
    expect(previousPathsOnPublish(null, post('brand-new'))).toBeUndefined();
    expect(previousPathsOnPublish(undefined, post('brand-new', ['/2019/05/imported.html']))).toBeUndefined();
  });

  it('does not list an old address twice', () => {
    expect(previousPathsOnPublish(post('old'), post('new', ['/blog/old/']))).toBeUndefined();
    // Typed by hand without the trailing slash, it is still the same address.
    expect(previousPathsOnPublish(post('old'), post('new', ['/blog/old']))).toBeUndefined();
  });

  it('drops the address the editor moved back to: it is a live page again', () => {
    // Published as "new" after "old"; the editor changes the web address back to "old".
    expect(previousPathsOnPublish(post('new', ['/blog/old/']), post('old', ['/blog/old/']))).toEqual(['/blog/new/']);
    expect(previousPathsOnPublish(post('old'), post('old', ['/blog/old/', '/blog/other/']))).toEqual(['/blog/other/']);
  });

  it('keeps a resource’s old page when its web address or its kind changes', () => {
    const resource = (slug: string, kind: string) => ({ _type: 'resource', slug: { current: slug }, kind });
    expect(previousPathsOnPublish(resource('a', 'ebook'), resource('b', 'ebook'))).toEqual(['/resources/ebook/a/']);
    expect(previousPathsOnPublish(resource('a', 'ebook'), resource('a', 'course'))).toEqual(['/resources/ebook/a/']);
  });

  it('keeps nothing for a document without a page of its own', () => {
    // Without its kind a resource is an entry on the resources page (/resources/#slug): browsers never send the part after #.
    expect(redirectablePath({ _type: 'resource', slug: { current: 'e-book' } })).toBeUndefined();
    expect(
      previousPathsOnPublish({ _type: 'person', slug: { current: 'a' } }, { _type: 'person', slug: { current: 'b' } }),
    ).toBeUndefined();
  });
});
