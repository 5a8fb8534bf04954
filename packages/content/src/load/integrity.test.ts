import { describe, expect, it } from 'vitest';
import { findDuplicateSlugs } from './integrity.ts';

describe('findDuplicateSlugs', () => {
  it('names the second document of a type that takes a slug already used, per type', () => {
    const problems = findDuplicateSlugs({
      posts: [
        { _id: 'post-a', slug: 'rest' },
        { _id: 'post-b', slug: 'rest' },
        { _id: 'post-c', slug: 'other' },
      ],
      pages: [{ _id: 'page-a', slug: 'rest' }],
    });
    expect(problems).toEqual([
      {
        id: 'post-b',
        type: 'post',
        path: 'slug',
        message: '"rest" is already used by post "post-a": give this one a different slug',
      },
    ]);
  });

  it('skips items without a string slug or id (reported by validation instead) and missing collections', () => {
    expect(
      findDuplicateSlugs({
        posts: [
          null,
          { _id: 'post-a' },
          { _id: 'post-b' },
          { slug: 'x' },
          { slug: 'x' },
          { _id: 1, slug: 'y' },
          { _id: 2, slug: 'y' },
        ],
      }),
    ).toEqual([]);
    expect(findDuplicateSlugs({})).toEqual([]);
  });
});
