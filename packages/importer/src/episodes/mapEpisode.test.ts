import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../feed/parseFeed.ts';
import { episodeIdFor } from '../ids.ts';
import { ImportReport } from '../report/report.ts';
import { SlugAllocator } from '../slugs.ts';
import { mapEpisode, type ShowDefaults } from './mapEpisode.ts';
import { reportMissingAudio } from './measureAudio.ts';

/* One feed item -> one episode document, and what the report says about it; no feed parsing. */

const GUID = 'guid-1';
const item = (fields: Partial<FeedItem> = {}): FeedItem => ({
  position: 3,
  guid: GUID,
  title: 'Fighting Fair',
  pubDate: 'Tue, 12 Mar 2024 10:00:00 GMT',
  enclosureUrl: 'https://cdn.example.org/ep/1.mp3',
  enclosureType: 'audio/mpeg',
  enclosureLength: '38441250',
  duration: '40:02',
  season: '',
  episode: '',
  episodeType: '',
  explicit: '',
  imageUrl: '',
  notesHtml: '',
  itunesSummary: '',
  subtitle: '',
  description: '',
  chaptersUrl: '',
  chaptersType: '',
  transcripts: [],
  link: '',
  ...fields,
});

const SHOW: ShowDefaults = { explicit: false };

function map(fields: Partial<FeedItem> = {}, show: ShowDefaults = SHOW) {
  const report = new ImportReport();
  const episode = mapEpisode(item(fields), fields.guid ?? GUID, new SlugAllocator(), report, show);
  return {
    episode,
    report,
    skipped: report.skipped.map((e) => e.message),
    warnings: report.warnings.map((e) => e.message),
  };
}

describe('mapEpisode: a complete item', () => {
  it('gives exactly the schema fields, with no empty optional ones, and nothing to report', () => {
    const { episode, report } = map();
    expect(episode).toEqual({
      _id: episodeIdFor(GUID),
      _type: 'podcastEpisode',
      title: 'Fighting Fair',
      slug: { _type: 'slug', current: 'fighting-fair' },
      publishedAt: '2024-03-12T10:00:00Z',
      episodeType: 'full',
      audio: {
        _type: 'podcastAudio',
        url: 'https://cdn.example.org/ep/1.mp3',
        mimeType: 'audio/mpeg',
        sizeBytes: 38441250,
        durationSeconds: 2402,
      },
      explicit: false,
      guid: GUID,
    });
    expect(report.toJSON()).toEqual({ imported: [], skipped: [], warnings: [], notes: [] });
  });

  it('keeps season, episode number, type and explicit flag from the item', () => {
    const { episode, warnings } = map({ season: '2', episode: ' 14 ', episodeType: ' Trailer ', explicit: 'yes' });
    expect(episode).toMatchObject({ season: 2, episodeNumber: 14, episodeType: 'trailer', explicit: true });
    expect(warnings).toEqual([]);
    expect(map({ episodeType: 'bonus' }).episode?.episodeType).toBe('bonus');
  });

  it("takes the explicit flag from the show when the item has none, and the item's own over the show's", () => {
    expect(map({}, { ...SHOW, explicit: true }).episode?.explicit).toBe(true);
    expect(map({ explicit: 'clean' }, { ...SHOW, explicit: true }).episode?.explicit).toBe(false);
    expect(map({ explicit: 'nonsense' }, { ...SHOW, explicit: true }).episode?.explicit).toBe(true);
  });

  it('accepts an enclosure URL whatever the case of its scheme, and plain http', () => {
    expect(map({ enclosureUrl: 'HTTPS://CDN.example.org/1.mp3' }).episode?.audio.url).toBe(
      'HTTPS://CDN.example.org/1.mp3',
    );
    expect(map({ enclosureUrl: 'http://cdn.example.org/1.mp3' }).episode?.audio.url).toBe(
      'http://cdn.example.org/1.mp3',
    );
  });

  it('takes the slug from the GUID when the title gives none', () => {
    const { episode } = map({ title: '!!!', guid: 'My Guid' });
    expect(episode?.slug.current).toBe('my-guid');
    expect(episode?.title).toBe('!!!');
  });
});

describe('mapEpisode: items that are not imported', () => {
  it.each([
    [{ enclosureUrl: '' }, 'has no <enclosure> (no audio file): not an episode, not imported'],
    [
      { enclosureUrl: 'ftp://cdn.example.org/1.mp3' },
      'enclosure URL "ftp://cdn.example.org/1.mp3" is not an http(s) address: not imported',
    ],
    [{ enclosureUrl: '/ep/1.mp3' }, 'enclosure URL "/ep/1.mp3" is not an http(s) address: not imported'],
    [
      { enclosureUrl: 'see https://cdn.example.org/1.mp3' },
      'enclosure URL "see https://cdn.example.org/1.mp3" is not an http(s) address: not imported',
    ],
    [{ pubDate: '' }, 'has no <pubDate>: not imported (set the date and import again)'],
    [{ pubDate: 'sometime last spring' }, 'pubDate "sometime last spring" is not a date: not imported'],
  ])('%j: skipped, with the reason', (fields, message) => {
    const { episode, report } = map(fields);
    expect(episode).toBeNull();
    expect(report.skipped).toEqual([{ id: GUID, title: 'Fighting Fair', message }]);
    expect(report.warnings).toEqual([]);
  });

  it('names an untitled item by its position', () => {
    const { report } = map({ title: '  ', enclosureUrl: '' });
    expect(report.skipped).toEqual([
      { id: GUID, title: 'item 3', message: expect.stringContaining('has no <enclosure>') },
    ]);
  });
});

describe('mapEpisode: what is imported with a warning', () => {
  it('titles an untitled item "Untitled episode" and says so', () => {
    const { episode, report } = map({ title: ' ' });
    expect(episode?.title).toBe('Untitled episode');
    expect(report.warnings).toEqual([
      { id: GUID, title: 'item 3', message: 'has no <title>: titled "Untitled episode"; rename it in the studio' },
    ]);
  });

  // What stays missing is reported after the audio was measured, or not (offline): reportMissingAudio.
  const offlineWarnings = (fields: Partial<FeedItem>) => {
    const { episode, report } = map(fields);
    reportMissingAudio(episode!, item(fields), null, report);
    return { episode, warnings: report.warnings.map((w) => w.message) };
  };

  it('leaves out an audio format podcast apps do not accept, naming it', () => {
    const video = offlineWarnings({ enclosureType: 'video/x-msvideo', enclosureUrl: 'https://cdn.example.org/1.avi' });
    expect(video.episode?.audio).not.toHaveProperty('mimeType');
    expect(video.warnings).toEqual([
      'audio format "video/x-msvideo" is not one podcast apps accept: set the format in the Studio',
    ]);
    expect(offlineWarnings({ enclosureType: '', enclosureUrl: 'https://cdn.example.org/1' }).warnings).toEqual([
      'audio format "none" is not one podcast apps accept: set the format in the Studio',
    ]);
  });

  it('leaves out a missing or zero file size and says how to fill it in', () => {
    const { episode, warnings } = offlineWarnings({ enclosureLength: '0' });
    expect(episode?.audio).not.toHaveProperty('sizeBytes');
    expect(warnings).toEqual([
      'enclosure length "0" is not a file size (not measured: --offline): the site build needs the size; in the Studio, click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again',
    ]);
  });

  it('leaves out a missing or unreadable duration and says the episode still publishes and how to fill it in', () => {
    const missing = offlineWarnings({ duration: '' });
    expect(missing.episode?.audio).not.toHaveProperty('durationSeconds');
    expect(missing.warnings).toEqual([
      'has no <itunes:duration> (not measured: --offline): it publishes without a length. To add it, import again without --offline when the audio can be reached, or in the Studio, click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again',
    ]);
    expect(offlineWarnings({ duration: '12 minutes' }).warnings).toEqual([
      expect.stringMatching(
        /^has an unreadable <itunes:duration> \("12 minutes"\) \(not measured: --offline\): it publishes without a length/,
      ),
    ]);
  });

  it('leaves out a season or episode number that is not a positive whole number', () => {
    const { episode, warnings } = map({ season: 'two', episode: '0' });
    expect(episode).not.toHaveProperty('season');
    expect(episode).not.toHaveProperty('episodeNumber');
    expect(warnings).toEqual([
      'season "two" is not a positive whole number: left empty',
      'episode number "0" is not a positive whole number: left empty',
    ]);
  });

  it('imports an unknown episode type as "full"', () => {
    const { episode, warnings } = map({ episodeType: 'Teaser' });
    expect(episode?.episodeType).toBe('full');
    expect(warnings).toEqual(['episode type "Teaser" is unknown: imported as "full"']);
  });

  it('counts what the show notes lose', () => {
    const { episode, warnings } = map({
      notesHtml: '<p>Hello</p><script>x()</script><img src="a.jpg"><img src="b.jpg">',
    });
    expect(episode?.showNotes?.map((b) => b.children.map((c) => c.text).join(''))).toEqual(['Hello']);
    expect(warnings).toEqual([
      'show notes: left out 1 <script>, 2 <img> (scripts, styles, embeds and images are not imported)',
    ]);
  });
});

describe('mapEpisode: the summary', () => {
  it("prefers itunes:summary, then the subtitle, then the show notes' text; none when all are empty", () => {
    const notesHtml = '<p>First <b>para</b>.</p><p>Second.</p>';
    expect(map({ itunesSummary: 'The summary', subtitle: 'The subtitle', notesHtml }).episode?.summary).toBe(
      'The summary',
    );
    expect(map({ subtitle: 'The <i>subtitle</i> &amp; more', notesHtml }).episode?.summary).toBe('The subtitle & more');
    expect(map({ notesHtml }).episode?.summary).toBe('First para.\n\nSecond.');
    expect(map({ notesHtml }).episode?.showNotes).toHaveLength(2);
    expect(map().episode).not.toHaveProperty('summary');
    expect(map({ itunesSummary: '   ' }).episode).not.toHaveProperty('summary');
  });

  it('keeps a summary of exactly 4,000 characters whole', () => {
    const text = `${'word '.repeat(799)}abcde`;
    expect(text).toHaveLength(4000);
    expect(map({ itunesSummary: text }).episode?.summary).toBe(text);
  });

  it('cuts a longer one at the last word before 4,000 characters and marks the cut', () => {
    const text = `${'word '.repeat(799)}abcdef`; // 4,001 characters
    const summary = map({ itunesSummary: text }).episode?.summary ?? '';
    expect(summary).toBe(`${'word '.repeat(798)}word…`);
    // A line break before the cut is not kept in front of the ellipsis.
    const lines = `${'word\n '.repeat(700)}end`;
    expect(map({ itunesSummary: lines }).episode?.summary).toBe(`${'word\n '.repeat(665)}word…`);
  });

  it('cuts text without a space in its second half at 2,000 characters', () => {
    const text = `intro ${'x'.repeat(5000)}`;
    expect(map({ itunesSummary: text }).episode?.summary).toBe(`${text.slice(0, 2000)}…`);
  });

  it('never keeps a space found past the limit: the result stays within 4,000 characters', () => {
    const text = `${'x'.repeat(3999)} tail`;
    expect(map({ itunesSummary: text }).episode?.summary).toBe(`${'x'.repeat(2000)}…`);
  });
});
