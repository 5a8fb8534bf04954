import { describe, expect, it } from 'vitest';
import type { Post } from '@frm/content';
import { getRssString } from '@astrojs/rss';
import RssParser from 'rss-parser';
import {
  BLOG_FEED_POSTS,
  BLOG_SUMMARY_MAX_CHARS,
  blogFeed,
  blogFeedItems,
  type BlogFeedChannel,
  type BlogFeedOptions,
} from './blogFeed.ts';

const post = (n: number, overrides: Partial<Post> = {}): Post => ({
  _id: `post-${n}`,
  title: `Post ${n}`,
  slug: `post-${n}`,
  previousPaths: [],
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
      children: [
        { _key: 's', _type: 'span', text: `Body ${n} \u0001see `, marks: [] },
        { _key: 't', _type: 'span', text: 'this', marks: ['l'] },
      ],
      markDefs: [
        { _key: 'l', _type: 'internalLink', target: { _id: 'episode-1', _type: 'podcastEpisode', slug: 'ep-1' } },
      ],
    },
  ],
  relatedEpisodes: [],
  relatedResources: [],
  seo: null,
  ...overrides,
});

describe('blogFeedItems', () => {
  const options = {
    siteUrl: 'https://familyroommission.org',
    postPath: (p: Post) => `/blog/${p.slug}/`,
    resolveInternalLink: () => '/podcast/ep-1/',
  };

  it('lists the posts newest first with full HTML content and absolute links', () => {
    const items = blogFeedItems([post(2), post(30, { excerpt: 'Short excerpt' }), post(9)], options);
    expect(items.map((i) => i.link)).toEqual([
      'https://familyroommission.org/blog/post-30/',
      'https://familyroommission.org/blog/post-9/',
      'https://familyroommission.org/blog/post-2/',
    ]);
    expect(items[0]!.description).toBe('Short excerpt');
    expect(items[1]!.description).toBe('Body 9 see this');
    expect(items[1]!.content).toBe('<p>Body 9 see <a href="https://familyroommission.org/podcast/ep-1/">this</a></p>');
    expect(items[1]!.categories).toEqual(['Marriage']);
    expect((items[1]!.pubDate as Date).toISOString()).toBe('2025-01-09T00:00:00.000Z');
  });
  it('orders posts of the same date by id, whatever order they come in', () => {
    const sameDay = (id: string) => post(5, { _id: id, slug: id });
    for (const order of [
      ['c', 'a', 'b'],
      ['b', 'c', 'a'],
      ['a', 'b', 'c'],
    ]) {
      expect(
        blogFeedItems([post(1), ...order.map(sameDay), post(7)], options).map((i) => i.link!.split('/').at(-2)),
      ).toEqual(['post-7', 'a', 'b', 'c', 'post-1']);
    }
  });

  it('names the author in dc:creator, escaped and XML-safe, and leaves it out when there is none', () => {
    const author = {
      _id: 'person-1',
      name: 'Dan & Amy <Carter>\u0001',
      slug: 'dan',
      role: null,
      url: null,
      image: null,
    };
    const [withAuthor, without] = blogFeedItems([post(2, { author }), post(1)], options);
    expect(withAuthor!.customData).toBe('<dc:creator>Dan &amp; Amy &lt;Carter&gt;</dc:creator>');
    expect(without).not.toHaveProperty('customData');
  });

  it('gives RSS-to-email a summary: the excerpt, else the body’s first words', () => {
    const long = {
      _key: 'l',
      _type: 'block' as const,
      style: 'normal' as const,
      children: [
        { _key: 's', _type: 'span' as const, text: `${'Honest words for families. '.repeat(20)}The end.`, marks: [] },
      ],
      markDefs: [],
    };
    const [item] = blogFeedItems([post(1, { body: [long] })], options);
    expect([...item!.description!].length).toBeLessThanOrEqual(BLOG_SUMMARY_MAX_CHARS);
    expect(item!.description).toMatch(/^Honest words for families\. .* families\.…$/);
    expect(item!.content).toContain('The end.');
  });

  it('leads the content with the post’s main image at an absolute address, for email templates and readers', () => {
    const mainImage = {
      alt: 'A family "at" dinner',
      caption: null,
      hotspot: null,
      crop: null,
      asset: { _id: 'image-a', url: '/media/dinner-1200x675.jpg', width: 1200, height: 675 },
    };
    const [item] = blogFeedItems([post(1, { mainImage })], options);
    expect(item!.content).toBe(
      '<p><img src="https://familyroommission.org/media/dinner-1200x675.jpg" alt="A family &quot;at&quot; dinner"></p><p>Body 1 see <a href="https://familyroommission.org/podcast/ep-1/">this</a></p>',
    );
    expect(item!.customData).toBe(
      '<media:content url="https://familyroommission.org/media/dinner-1200x675.jpg" medium="image" width="1200" height="675"/>',
    );
    expect(blogFeedItems([post(1)], options)[0]).not.toHaveProperty('customData');
    const [cdn] = blogFeedItems(
      [
        post(1, {
          mainImage: {
            ...mainImage,
            asset: { ...mainImage.asset, url: 'https://cdn.sanity.io/images/p/d/a-1200x675.jpg' },
          },
        }),
      ],
      options,
    );
    expect(cdn!.content).toMatch(/^<p><img src="https:\/\/cdn\.sanity\.io\/images\/p\/d\/a-1200x675\.jpg"/);
  });

  it('uses the trimmed excerpt, and the body text when the excerpt is blank', () => {
    const [padded, blank] = blogFeedItems(
      [post(2, { excerpt: '  Padded excerpt \n' }), post(1, { excerpt: '   ' })],
      options,
    );
    expect(padded!.description).toBe('Padded excerpt');
    expect(blank!.description).toBe('Body 1 see this');
  });
});

/** The feed's XML as @astrojs/rss writes it. */
const blogFeedXml = (...args: Parameters<typeof blogFeed>) => getRssString(blogFeed(...args));

describe('blogFeed', () => {
  const options: BlogFeedOptions = {
    siteUrl: 'https://familyroommission.org',
    postPath: (p: Post) => `/blog/${p.slug}/`,
    resolveInternalLink: () => '/podcast/ep-1/',
  };
  const channel: BlogFeedChannel = {
    title: 'Family & Room <Mission>',
    description: 'Posts "about" it\u0001',
    link: 'https://familyroommission.org/blog/topics/t/',
    self: 'https://familyroommission.org/blog/topics/t/rss.xml',
    hub: 'https://hub.example/?a=1&b="2"',
  };
  const author = { _id: 'person-1', name: "Dan & Amy <Carter> 'O'", slug: 'dan', role: null, url: null, image: null };
  const quoteBlock = {
    _key: 'q',
    _type: 'block' as const,
    style: 'blockquote' as const,
    children: [{ _key: 's', _type: 'span' as const, text: '"Quoted" & <kept> \u{1F600}', marks: [] }],
    markDefs: [],
  };

  it('is read by a feed parser: channel, self and hub links, items with full content, author and topics', async () => {
    const xml = await blogFeedXml(
      channel,
      [
        post(2, { author }),
        post(9, { body: [quoteBlock] }),
        post(4, { body: [], excerpt: null, title: 'Empty \u0002body' }),
      ],
      options,
    );
    const feed = await new RssParser<object, { 'dc:creator': string; 'content:encoded': string }>({
      customFields: { item: ['dc:creator', 'content:encoded'] },
    }).parseString(xml);
    expect([feed.title, feed.description, feed.link]).toEqual([
      'Family & Room <Mission>',
      'Posts "about" it',
      'https://familyroommission.org/blog/topics/t/',
    ]);
    expect(xml).toContain(
      '<atom:link href="https://familyroommission.org/blog/topics/t/rss.xml" rel="self" type="application/rss+xml"/><atom:link href="https://hub.example/?a=1&amp;b=&quot;2&quot;" rel="hub"/>',
    );
    expect(feed.items.map((i) => [i.title, i.link, i.isoDate])).toEqual([
      ['Post 9', 'https://familyroommission.org/blog/post-9/', '2025-01-09T00:00:00.000Z'],
      ['Empty body', 'https://familyroommission.org/blog/post-4/', '2025-01-04T00:00:00.000Z'],
      ['Post 2', 'https://familyroommission.org/blog/post-2/', '2025-01-02T00:00:00.000Z'],
    ]);
    expect(feed.items[0]!['content:encoded']).toBe(
      '<blockquote>&quot;Quoted&quot; &amp; &lt;kept&gt; \u{1F600}</blockquote>',
    );
    expect(feed.items[2]!['dc:creator']).toBe("Dan & Amy <Carter> 'O'");
    expect(feed.items[2]!.categories).toEqual(['Marriage']);
    expect(feed.items[2]!['content:encoded']).toBe(
      '<p>Body 2 see <a href="https://familyroommission.org/podcast/ep-1/">this</a></p>',
    );
  });

  it('has no hub link when the site names none', async () => {
    expect(await blogFeedXml({ ...channel, hub: null }, [], options)).not.toContain('rel="hub"');
  });

  it(`carries the newest ${BLOG_FEED_POSTS} posts, whatever order they come in`, async () => {
    const many = Array.from({ length: BLOG_FEED_POSTS + 5 }, (_, i) => post(i + 1)).reverse();
    const links = [
      ...(await blogFeedXml(channel, [many[3]!, ...many.filter((_, i) => i !== 3)], options)).matchAll(
        /<link>https:\/\/familyroommission\.org\/blog\/(post-\d+)\/<\/link>/g,
      ),
    ].map((m) => m[1]);
    expect(links).toEqual(many.slice(0, BLOG_FEED_POSTS).map((p) => p.slug));
    expect(links).toContain('post-22');
    expect(links).not.toContain('post-5');
  });
});
