// @vitest-environment jsdom
import { getConfigContextFromSource } from 'sanity';
import { createStructureBuilder, type ListBuilder, type StructureResolverContext } from 'sanity/structure';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEASONS_QUERY, structure } from './structure.ts';
import { createTestWorkspace } from './test/testWorkspace.ts';

interface Node {
  id: string;
  title?: string;
  type: string;
  items?: Node[];
  child?: unknown;
  options?: Record<string, unknown>;
}

let root: Node;
let fetchCalls: { query: string }[];

beforeAll(async () => {
  // The dataset has episodes in seasons 1-3; GROQ array::unique returns them in no particular order.
  const { workspace, calls } = await createTestWorkspace((query) => (query === SEASONS_QUERY ? [1, 3, 2] : null));
  fetchCalls = calls;
  const source = workspace.unstable_sources[0]!;
  const S = createStructureBuilder({ source, perspectiveStack: [] });
  const context = {
    ...getConfigContextFromSource(source),
    perspectiveStack: [],
  } as unknown as StructureResolverContext;
  root = (structure(S, context) as ListBuilder).serialize() as unknown as Node;
});

const item = (list: Node, id: string) => {
  const found = list.items?.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in ${list.id}`);
  return found;
};
const summary = (list: Node) => list.items?.map((i) => (i.type === 'divider' ? '---' : `${i.id}: ${i.title}`));

describe('desk structure', () => {
  it('groups the top level the way staff think', () => {
    expect(root).toMatchObject({ id: 'content', type: 'list' });
    expect(summary(root)).toEqual([
      'blog: Blog',
      'podcastSection: Podcast',
      'resource: Resources',
      'page: Pages',
      '---',
      'siteSettings: Site settings',
      'redirect: Redirects',
      'statusDots: What the dots mean',
    ]);
  });

  it('explains the lists’ status dots', () => {
    expect(item(root, 'statusDots').child).toMatchObject({
      type: 'component',
      id: 'statusDotsLegend',
      title: 'What the dots mean',
    });
  });

  it('puts posts, topics and people under Blog', () => {
    const blog = item(root, 'blog').child as Node;
    expect(blog.type).toBe('list');
    expect(summary(blog)).toEqual(['post: Posts', 'topic: Topics', 'person: People']);
  });

  it('opens the singletons as single documents, not lists', () => {
    const podcastSection = item(root, 'podcastSection').child as Node;
    for (const [list, id] of [
      [root, 'siteSettings'],
      [podcastSection, 'podcast'],
    ] as const) {
      const child = item(list, id).child as Node;
      expect(child.type).toBe('document');
      expect(child.options).toMatchObject({ id, type: id });
    }
  });

  it('lists podcast show settings, episodes newest first, and episodes by season', () => {
    const podcastSection = item(root, 'podcastSection').child as Node;
    expect(summary(podcastSection)).toEqual([
      'podcast: Show settings',
      'podcastEpisode: Episodes',
      'episodesBySeason: Episodes by season',
    ]);
    const episodes = item(podcastSection, 'podcastEpisode').child as Node;
    expect(episodes.type).toBe('documentList');
    expect(episodes.options).toMatchObject({
      filter: '_type == "podcastEpisode"',
      defaultOrdering: [{ field: 'publishedAt', direction: 'desc' }],
    });
  });

  it('builds one list per season from the seasons in the dataset, newest season first', async () => {
    const podcastSection = item(root, 'podcastSection').child as Node;
    const resolve = item(podcastSection, 'episodesBySeason').child as (
      id: string,
      options: unknown,
    ) => Promise<ListBuilder>;
    const seasons = (await resolve('episodesBySeason', {})).serialize() as unknown as Node;
    expect(fetchCalls.map((c) => c.query)).toContain(SEASONS_QUERY);
    expect(summary(seasons)).toEqual([
      'season-3: Season 3',
      'season-2: Season 2',
      'season-1: Season 1',
      'no-season: No season',
    ]);
    const season2 = item(seasons, 'season-2').child as Node;
    expect(season2.options).toMatchObject({
      filter: '_type == "podcastEpisode" && season == $season',
      params: { season: 2 },
      defaultOrdering: [{ field: 'episodeNumber', direction: 'asc' }],
    });
    expect((item(seasons, 'no-season').child as Node).options).toMatchObject({
      filter: '_type == "podcastEpisode" && !defined(season)',
    });
  });
});
