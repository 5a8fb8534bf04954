// @vitest-environment jsdom
import { type InitialValueResolverContext, resolveInitialValue, type Workspace } from 'sanity';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace } from '../test/testWorkspace.ts';
import { AUTHOR_CANDIDATES_QUERY, defaultAuthorId, LATEST_EPISODE_QUERY, nextEpisodeNumbers } from './initialValues.ts';

describe('next episode number', () => {
  it('continues the latest season', () => {
    expect(nextEpisodeNumbers({ season: 3, episodeNumber: 14 })).toEqual({ season: 3, episodeNumber: 15 });
    expect(nextEpisodeNumbers({ season: null, episodeNumber: 7 })).toEqual({ episodeNumber: 8 });
  });
  it('starts at 1', () => {
    expect(nextEpisodeNumbers(null)).toEqual({ episodeNumber: 1 });
    expect(nextEpisodeNumbers({ episodeNumber: Number.NaN })).toEqual({ episodeNumber: 1 });
  });
});

describe('default author', () => {
  const people = [
    { _id: 'person-guest', name: 'Guest Person', role: 'guest' },
    { _id: 'person-host', name: 'Ruth Miller', role: 'host' },
    { _id: 'person-staff', name: 'Test Editor', role: 'staff' },
  ];
  it('is the signed-in editor when they are in People', () => {
    expect(defaultAuthorId({ people, lastAuthor: 'person-host' }, 'test editor')).toBe('person-staff');
  });
  it('else the author of the newest post', () => {
    expect(defaultAuthorId({ people, lastAuthor: 'person-guest' }, 'Someone Else')).toBe('person-guest');
  });
  it('else the first host', () => {
    expect(defaultAuthorId({ people, lastAuthor: 'person-deleted' })).toBe('person-host');
    expect(defaultAuthorId({ people: [] })).toBeUndefined();
    expect(defaultAuthorId(null)).toBeUndefined();
  });
});

describe('new documents in the studio', () => {
  let workspace: Workspace;
  let calls: { query: string }[];
  beforeAll(async () => {
    ({ workspace, calls } = await createTestWorkspace((query) => {
      if (query === LATEST_EPISODE_QUERY) return { season: 2, episodeNumber: 9 };
      if (query === AUTHOR_CANDIDATES_QUERY)
        return { people: [{ _id: 'person-ruth', name: 'Ruth Miller', role: 'host' }], lastAuthor: null };
      return null;
    }));
  });

  const initial = (templateId: string) => {
    const template = workspace.templates.find((t) => t.id === templateId)!;
    const context = {
      ...workspace,
      getClient: workspace.getClient,
      currentUser: workspace.currentUser,
    } as unknown as InitialValueResolverContext;
    return resolveInitialValue(workspace.schema, template, {}, context);
  };

  it('an episode gets the next number, publish date now and the field defaults', async () => {
    const value = await initial('podcastEpisode');
    expect(value).toMatchObject({
      _type: 'podcastEpisode',
      season: 2,
      episodeNumber: 10,
      episodeType: 'full',
      explicit: false,
    });
    expect(Math.abs(Date.parse(value.publishedAt) - Date.now())).toBeLessThan(5000);
    expect(calls.map((c) => c.query)).toContain(LATEST_EPISODE_QUERY);
  });

  it('a post gets the default author and publish date now', async () => {
    const value = await initial('post');
    expect(value).toMatchObject({ _type: 'post', author: { _type: 'reference', _ref: 'person-ruth' } });
    expect(Math.abs(Date.parse(value.publishedAt) - Date.now())).toBeLessThan(5000);
  });
});
