import { describe, expect, it } from 'vitest';
import type { Post } from '@frm/content';
import { blogFeedChannelLinks, blogFeedItems } from './blogFeed.ts';

const post = (n: number, overrides: Partial<Post> = {}): Post => ({
  _id: `post-${n}`,
  title: `Post ${n}`,
  slug: `post-${n}`,
  publishedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
  excerpt: null,
  mainImage: null,
  author: null,
  topics: [{ _id: 'topic-marriage', title: 'Marriage', slug: 'marriage' }],
  body: [
    {
      _key: 'b',
      _type: 'block',
      style: 'normal',
      children: [{ _key: 's', _type: 'span', text: `Body ${n} \u0001see `, marks: [] }, { _key: 't', _type: 'span', text: 'this', marks: ['l'] }],
      markDefs: [{ _key: 'l', _type: 'internalLink', target: { _id: 'episode-1', _type: 'podcastEpisode', slug: 'ep-1' } }],
    },
  ],
  relatedEpisodes: [],
  relatedResources: [],
  seo: null,
  ...overrides,
});

describe('blogFeedItems', () => {
  const options = { siteUrl: 'https://familyroommission.org', postPath: (p: Post) => `/blog/${p.slug}/`, resolveInternalLink: () => '/podcast/ep-1/' };

  it('lists every post newest first with full HTML content and absolute links', () => {
    const items = blogFeedItems([post(2), post(30, { excerpt: 'Short excerpt' }), post(9)], options);
    expect(items.map((i) => i.link)).toEqual(['https://familyroommission.org/blog/post-30/', 'https://familyroommission.org/blog/post-9/', 'https://familyroommission.org/blog/post-2/']);
    expect(items[0]!.description).toBe('Short excerpt');
    expect(items[1]!.description).toBe('Body 9 see this');
    expect(items[1]!.content).toBe('<p>Body 9 see <a href="https://familyroommission.org/podcast/ep-1/">this</a></p>');
    expect(items[1]!.categories).toEqual(['Marriage']);
    expect(items[1]!.pubDate.toISOString()).toBe('2025-01-09T00:00:00.000Z');
  });
  it('orders posts of the same date by id, whatever order they come in', () => {
    const sameDay = (id: string) => post(5, { _id: id, slug: id });
    for (const order of [['c', 'a', 'b'], ['b', 'c', 'a'], ['a', 'b', 'c']]) {
      expect(blogFeedItems([post(1), ...order.map(sameDay), post(7)], options).map((i) => i.link.split('/').at(-2))).toEqual(['post-7', 'a', 'b', 'c', 'post-1']);
    }
  });

  it('names the author in dc:creator, escaped and XML-safe, and leaves it out when there is none', () => {
    const author = { _id: 'person-1', name: 'Dan & Amy <Carter>\u0001', slug: 'dan', role: null, url: null, image: null };
    const [withAuthor, without] = blogFeedItems([post(2, { author }), post(1)], options);
    expect(withAuthor!.customData).toBe('<dc:creator>Dan &amp; Amy &lt;Carter&gt;</dc:creator>');
    expect(without).not.toHaveProperty('customData');
  });

  it('uses the trimmed excerpt, and the body text when the excerpt is blank', () => {
    const [padded, blank] = blogFeedItems([post(2, { excerpt: '  Padded excerpt \n' }), post(1, { excerpt: '   ' })], options);
    expect(padded!.description).toBe('Padded excerpt');
    expect(blank!.description).toBe('Body 1 see this');
  });

  it('renders a post body once for the blog feed and its topic feeds, and again for other link options or a new body', () => {
    const shared = post(3);
    const first = blogFeedItems([shared], options)[0]!.content;
    // The same body object (the same collection entry in a topic feed) is not rendered again:
    // a change made in place is not seen, while a new body or other options are.
    const span = (shared.body[0] as { children: Array<{ text: string }> }).children[0]!;
    span.text = 'Changed in place ';
    expect(blogFeedItems([shared], options)[0]!.content).toBe(first);
    expect(blogFeedItems([shared], { ...options, siteUrl: 'https://example.org' })[0]!.content).toBe('<p>Changed in place <a href="https://example.org/podcast/ep-1/">this</a></p>');
    expect(blogFeedItems([shared], { ...options, resolveInternalLink: () => undefined })[0]!.content).toBe('<p>Changed in place this</p>');
    expect(blogFeedItems([{ ...shared, body: structuredClone(shared.body) }], options)[0]!.content).toBe('<p>Changed in place <a href="https://familyroommission.org/podcast/ep-1/">this</a></p>');
  });
});

describe('blogFeedChannelLinks', () => {
  it('announces the WebSub hub next to the self link, and only the self link without a hub', () => {
    const self = '<atom:link href="https://familyroommission.org/rss.xml" rel="self" type="application/rss+xml"/>';
    expect(blogFeedChannelLinks('https://familyroommission.org/rss.xml', null)).toBe(self);
    expect(blogFeedChannelLinks('https://familyroommission.org/rss.xml', 'https://hub.example/?a=1&b="2"')).toBe(`${self}<atom:link href="https://hub.example/?a=1&amp;b=&quot;2&quot;" rel="hub"/>`);
  });
});
