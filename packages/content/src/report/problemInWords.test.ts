import { describe, expect, it } from 'vitest';
import { fieldInWords, problemInWords } from './problemInWords.ts';

describe('problems in the editors’ words', () => {
  it('names the document type, tab and field as the Studio form does', () => {
    expect(
      problemInWords(
        { type: 'podcastEpisode', path: 'audio.durationSeconds', message: 'is missing' },
        'Dinner table questions',
      ),
    ).toBe('Podcast episode “Dinner table questions”, Audio & feed tab: Audio › Length (seconds) is missing');
    expect(problemInWords({ type: 'post', path: 'title', message: 'is empty: fill it in' })).toBe(
      'Blog post, Content tab: Title is empty: fill it in',
    );
  });

  it('items of a list are named by their list, without ids or indexes', () => {
    expect(fieldInWords('podcastEpisode', 'chapters[2].title')).toEqual({
      label: 'Chapters › Chapter title',
      tab: 'Audio & feed',
    });
    expect(problemInWords({ type: 'post', path: 'body[3].markDefs[0].href', message: 'x' })).not.toMatch(/\[\d+\]/);
  });

  it('the document as a whole, and problems that are not about a document', () => {
    expect(problemInWords({ type: 'podcast', path: '', message: 'is missing: create and publish it' })).toBe(
      'Podcast show settings: is missing: create and publish it',
    );
    expect(problemInWords({ type: 'build', path: '', message: 'The build failed' })).toBe('The build failed');
  });
});
