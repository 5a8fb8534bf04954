import { describe, expect, it } from 'vitest';
import { AUDIO_SIZE_MISSING, ContentError, type ContentProblem } from '@frm/content';
import { assertFeedPublishable, feedProblems, feedWarnings } from './feedProblems.ts';
import { episode, image, settings } from './testing/feedFixtures.ts';

const where = (problems: ContentProblem[]) => problems.map((p) => `${p.type} ${p.id} ${p.path}`);

describe('feedProblems', () => {
  it('finds nothing wrong with valid settings and episodes', () => {
    expect(feedProblems(settings(), [episode(1), episode(2)])).toEqual([]);
    expect(() => assertFeedPublishable(settings(), [episode(1)])).not.toThrow();
  });

  it('accepts artwork of 1400 and 3000 pixels and rejects non-square or out-of-range artwork', () => {
    expect(feedProblems(settings({ artwork: image('/a.jpg', 3000) }), [])).toEqual([]);
    for (const artwork of [image('/a.jpg', 1200, 1200), image('/a.jpg', 3001, 3001), image('/a.jpg', 1400, 1401)]) {
      const problems = feedProblems(settings({ artwork }), []);
      expect(where(problems)).toEqual(['podcast podcast artwork']);
      expect(problems[0]!.message).toMatch(/square artwork between 1400×1400 and 3000×3000/);
    }
    expect(feedProblems(settings({ artwork: null }), [])[0]).toMatchObject({
      id: 'podcast',
      path: 'artwork',
      message: expect.stringContaining('is missing'),
    });
    expect(where(feedProblems(settings({ artwork: image(null) }), []))).toEqual(['podcast podcast artwork']);
  });

  it('reports every problem at once, naming document and field', () => {
    const noLength = episode(2);
    noLength.audio = { ...noLength.audio!, sizeBytes: 0 };
    const settingsWithProblems = settings({
      artwork: null,
      ownerEmail: '',
      categories: [
        { _key: 'a', category: 'Religion & Spirituality', subcategory: 'Christianity' },
        { _key: 'b', category: 'Faith', subcategory: null },
        { _key: 'c', category: 'Comedy', subcategory: 'Parenting' },
      ],
    });
    let error: unknown;
    try {
      assertFeedPublishable(settingsWithProblems, [episode(1), noLength]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(where([...problems])).toEqual([
      'podcast podcast artwork',
      'podcast podcast ownerEmail',
      'podcast podcast categories[1].category',
      'podcast podcast categories[2].subcategory',
      'podcastEpisode episode-2 audio.sizeBytes',
    ]);
    expect((error as Error).message).toContain('podcast "podcast" field "ownerEmail"');
    expect((error as Error).message).toContain('podcastEpisode "episode-2" field "audio.sizeBytes"');
  });

  it('rejects an owner email that is not an address and an empty category list', () => {
    expect(where(feedProblems(settings({ ownerEmail: 'podcast', categories: [] }), []))).toEqual([
      'podcast podcast ownerEmail',
      'podcast podcast categories',
    ]);
  });

  it('says for each problem what to fix, in the words the editor sees', () => {
    const broken = episode(3);
    broken.audio = { ...broken.audio!, url: null, file: null, sizeBytes: 1.5, durationSeconds: 0 };
    const messages = feedProblems(settings({ ownerEmail: ' ', ownerName: ' ', categories: [] }), [
      broken,
      episode(4, { audio: null }),
    ]).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'ownerEmail: is missing: Apple Podcasts sends the ownership check to this address',
      'ownerName: is missing: fill in the show owner',
      'categories: is empty: choose at least one Apple Podcasts category',
      'audio.file: has neither an uploaded file nor a URL: add one',
      `audio.sizeBytes: ${AUDIO_SIZE_MISSING}`,
    ]);
    expect(feedProblems(settings({ ownerEmail: 'podcast at example.org' }), [])[0]!.message).toBe(
      '"podcast at example.org" is not an email address',
    );
  });

  it('publishes an episode without a known length, with a warning that says how to fill it in', () => {
    const unmeasured = episode(6);
    unmeasured.audio = { ...unmeasured.audio!, durationSeconds: null };
    expect(feedProblems(settings(), [unmeasured, episode(7)])).toEqual([]);
    const warnings = feedWarnings([unmeasured, episode(7)]);
    expect(warnings.map((w) => `${w.id} ${w.path}`)).toEqual(['episode-6 audio.durationSeconds']);
    expect(warnings[0]!.message).toMatch(
      /leaves out <itunes:duration>.*“Read file again”.*“Read from URL”.*upload the audio file again/,
    );
  });

  it('accepts an episode with an audio URL and no uploaded file', () => {
    const linked = episode(5);
    linked.audio = { ...linked.audio!, file: null, url: 'https://cdn.example.org/5.mp3' };
    expect(feedProblems(settings(), [linked])).toEqual([]);
  });

  it('counts the problems in the error summary, one in the singular', () => {
    const summary = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message.split(':\n')[0];
      }
      throw new Error('assertFeedPublishable did not throw');
    };
    expect(summary(() => assertFeedPublishable(settings({ ownerName: '' }), []))).toBe(
      'The podcast feed cannot be published (1 problem)',
    );
    expect(summary(() => assertFeedPublishable(settings({ ownerName: '', categories: [] }), []))).toBe(
      'The podcast feed cannot be published (2 problems)',
    );
  });
});
