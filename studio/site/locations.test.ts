import { describe, expect, it } from 'vitest';
import { locations } from './locations.ts';

type Resolver = { select: Record<string, string>; resolve: (doc: Record<string, unknown> | null) => unknown };

describe('presentation locations', () => {
  it('shows a post on its page and on the blog', () => {
    const post = locations.post as Resolver;
    expect(post.select).toMatchObject({ slug: 'slug.current', title: 'title' });
    expect(post.resolve({ title: 'Rest', slug: 'rest' })).toEqual({
      locations: [
        { title: 'Rest', href: '/blog/rest/' },
        { title: 'Blog', href: '/blog/' },
      ],
    });
  });

  it('names people by name and asks for a slug when there is none', () => {
    expect((locations.person as Resolver).resolve({ name: 'Ruth Miller', slug: 'ruth-miller' })).toEqual({
      locations: [{ title: 'Ruth Miller', href: '/people/ruth-miller/' }],
    });
    expect((locations.podcastEpisode as Resolver).resolve({ title: 'x' })).toMatchObject({ tone: 'caution' });
  });

  it('covers every document type with a page', () => {
    expect(Object.keys(locations).sort()).toEqual([
      'page',
      'person',
      'podcast',
      'podcastEpisode',
      'post',
      'resource',
      'siteSettings',
      'topic',
    ]);
  });
});
