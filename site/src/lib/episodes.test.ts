import { describe, expect, it } from 'vitest';
import { episodePageTitle } from './episodes.ts';

describe('episodePageTitle', () => {
  it('says which show the episode belongs to and what kind it is', () => {
    expect(
      episodePageTitle(
        { title: 'Sabbath Rhythms for Busy Families', episodeType: 'full' },
        'Family Room Mission Podcast',
      ),
    ).toBe('Sabbath Rhythms for Busy Families · Family Room Mission Podcast episode');
    expect(episodePageTitle({ title: 'Welcome', episodeType: 'trailer' }, 'FRM')).toBe('Welcome · FRM trailer');
    expect(episodePageTitle({ title: 'Easter', episodeType: 'bonus' }, 'FRM')).toBe('Easter · FRM bonus episode');
  });
});
