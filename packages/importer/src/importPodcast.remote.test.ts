import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m4aBytes } from '@frm/content/testing/m4aBytes';
import { FRAME_SECONDS } from '@frm/content/testing/mp3Bytes';
import { startRangeServer, type RangeServer, type ServedFile } from '@frm/content/testing/rangeServer';
import { importPodcast, type PodcastImport } from './importPodcast.ts';
import { remote } from './remote/remoteFetch.ts';
import { jpeg, movingShowFeed, TRANSCRIPT, xingMp3, type ShowItem } from './testing/movingHost.ts';

/*
 * The importer against a local host that serves real MP3 and M4A bytes, artwork and a transcript:
 * lengths and sizes the feed leaves out are measured with Range requests, artwork and transcripts
 * are downloaded once and set, and every host that misbehaves (ignores Range, fails, fails once,
 * never answers) is reported while its episode is still imported.
 */

const TIMEOUT_MS = 1500;
let server: RangeServer;
let result: PodcastImport;
let inFlight = 0;
let maxInFlight = 0;

const item = (n: number, audioPath: string, type: string, extra: Partial<ShowItem> = {}): ShowItem => ({
  guid: `ep-${n}`,
  title: `Episode ${n}`,
  audioPath,
  type,
  length: '',
  imagePath: '/art/shared.jpg',
  ...extra,
});
const items: ShowItem[] = [
  item(1, '/audio/xing.mp3', 'audio/mpeg', { transcriptPath: '/transcripts/1.vtt' }),
  item(2, '/audio/late-moov.m4a', 'audio/x-m4a'),
  item(3, '/audio/no-range.mp3', 'audio/mpeg'),
  item(4, '/audio/no-range.m4a', 'audio/x-m4a'),
  item(5, '/audio/broken.mp3', 'audio/mpeg', { imagePath: '/art/missing.jpg' }),
  item(6, '/audio/busy-once.mp3', 'audio/mpeg', { imagePath: '/art/shared-copy.jpg' }),
  item(7, '/audio/never-answers.mp3', 'audio/mpeg', {
    imagePath: '/art/wide.jpg',
    transcriptPath: '/transcripts/7.html',
  }),
  // The length is in the feed and the size too: nothing to measure, no request for its audio.
  { ...item(8, '/audio/known.mp3', 'audio/mpeg'), length: '12345' },
];

beforeAll(async () => {
  const shared = await jpeg(1400, 1400, 10);
  const files: Record<string, ServedFile> = {
    '/art/show.jpg': { bytes: await jpeg(1500, 1500, 250), type: 'image/jpeg' },
    '/art/shared.jpg': { bytes: shared, type: 'image/jpeg' },
    '/art/shared-copy.jpg': { bytes: shared, type: 'image/jpeg' },
    '/art/wide.jpg': { bytes: await jpeg(1200, 675, 99), type: 'image/jpeg' },
    '/transcripts/1.vtt': { bytes: new TextEncoder().encode(TRANSCRIPT), type: 'text/vtt' },
    '/transcripts/7.html': { bytes: new TextEncoder().encode('<p>hi</p>'), type: 'text/html' },
    '/audio/xing.mp3': { bytes: xingMp3(100_000), type: 'audio/mpeg' },
    '/audio/late-moov.m4a': { bytes: m4aBytes(3723.4, { moovAtEnd: true, audioBytes: 400_000 }), type: 'audio/mp4' },
    '/audio/no-range.mp3': { bytes: xingMp3(50_000), type: 'audio/mpeg', behaviour: 'ignore-range' },
    '/audio/no-range.m4a': {
      bytes: m4aBytes(100, { moovAtEnd: true, audioBytes: 300_000 }),
      type: 'audio/mp4',
      behaviour: 'ignore-range',
    },
    '/audio/broken.mp3': { bytes: xingMp3(10), type: 'audio/mpeg', behaviour: 'fail' },
    '/audio/busy-once.mp3': { bytes: xingMp3(20_000), type: 'audio/mpeg', failFirst: 1 },
    '/audio/never-answers.mp3': { bytes: xingMp3(10), type: 'audio/mpeg', behaviour: 'hang' },
    '/audio/known.mp3': { bytes: xingMp3(10), type: 'audio/mpeg' },
  };
  server = await startRangeServer(files);
  const counting: typeof fetch = async (input, init) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };
  const xml = movingShowFeed(server.origin, items).replace(
    '<guid isPermaLink="false">ep-8</guid>',
    '<guid isPermaLink="false">ep-8</guid><itunes:duration>61</itunes:duration>',
  );
  result = await importPodcast(
    { xml, source: 'moving.xml', localDir: null },
    { remote: remote({ fetch: counting, timeoutMs: TIMEOUT_MS, attempts: 2, concurrency: 3 }) },
  );
}, 120_000);

afterAll(() => server.close());

const episode = (guid: string) => result.episodes.find((e) => e.guid === guid)!;
const warningsOf = (guid: string) =>
  result.report.warnings.filter((w) => w.id === guid).map((w) => `${w.message} | ${w.detail ?? ''}`);
const rangesOf = (path: string) => server.requests.filter((r) => r.path === path).map((r) => r.range);

describe('importing from a host the audio can be reached on', () => {
  it('imports every item, whatever its host did', () => {
    expect(result.episodes.map((e) => e.guid).sort()).toEqual(items.map((i) => i.guid).sort());
    expect(result.report.skipped).toEqual([]);
  });

  it('measures length and size with Range requests: MP3 from the Xing header, M4A from moov at the end', () => {
    expect(episode('ep-1').audio).toMatchObject({
      durationSeconds: Math.round(100_000 * FRAME_SECONDS),
      sizeBytes: xingMp3(100_000).length,
      mimeType: 'audio/mpeg',
    });
    expect(episode('ep-2').audio).toMatchObject({
      durationSeconds: 3723,
      sizeBytes: m4aBytes(3723.4, { moovAtEnd: true, audioBytes: 400_000 }).length,
    });
    expect(rangesOf('/audio/xing.mp3')).toEqual(['bytes=0-262143']);
    // The start, the mdat header, then moov: never the rest of the 400 kB of audio.
    expect(rangesOf('/audio/late-moov.m4a')).toHaveLength(3);
    expect(server.bytesSent.get('/audio/late-moov.m4a')).toBeLessThan(262_144 + 2000);
    expect(warningsOf('ep-1')).toEqual([]);
    expect(warningsOf('ep-2')).toEqual([]);
  });

  it('measures an MP3 from a host that ignores Range by its first bytes only, and reports an M4A it cannot', () => {
    expect(episode('ep-3').audio).toMatchObject({
      durationSeconds: Math.round(50_000 * FRAME_SECONDS),
      sizeBytes: xingMp3(50_000).length,
    });
    expect(episode('ep-4').audio.durationSeconds).toBeUndefined();
    expect(warningsOf('ep-4')).toEqual([
      expect.stringMatching(
        /^has no <itunes:duration> \(its audio could not be measured\): it publishes without a length.*“Read from URL”.* \| the host does not answer Range requests/,
      ),
    ]);
  });

  it('retries a host that fails once, and reports one that fails or never answers, keeping the episode', () => {
    expect(episode('ep-6').audio.durationSeconds).toBe(Math.round(20_000 * FRAME_SECONDS));
    expect(rangesOf('/audio/busy-once.mp3')).toHaveLength(2);
    expect(episode('ep-5').audio).not.toHaveProperty('durationSeconds');
    expect(warningsOf('ep-5')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^has no <itunes:duration> .*\| the server answered 500 Internal Server Error$/),
        expect.stringMatching(/^enclosure length "" is not a file size .*\| the server answered 500/),
      ]),
    );
    expect(rangesOf('/audio/broken.mp3')).toHaveLength(2);
    expect(warningsOf('ep-7')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^has no <itunes:duration> .*\\| no answer within ${TIMEOUT_MS / 1000} s \\(2 tries\\)$`),
        ),
      ]),
    );
  });

  it('asks nothing of the host for an enclosure the feed describes fully', () => {
    expect(episode('ep-8').audio).toMatchObject({ durationSeconds: 61, sizeBytes: 12345 });
    expect(rangesOf('/audio/known.mp3')).toEqual([]);
  });

  it('keeps to the concurrency limit', () => {
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });
});

describe('artwork and transcripts', () => {
  it('downloads the show artwork and sets it', () => {
    expect(result.podcast.artwork).toEqual({
      _type: 'image',
      _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-1500x1500\.jpg$/),
      alt: 'Moving Day Show artwork',
    });
  });

  it('stores an image shared by several episodes once, even under two addresses, and sets it on each', () => {
    const shared = episode('ep-1').image!._sanityAsset;
    expect(['ep-2', 'ep-3', 'ep-4', 'ep-6', 'ep-8'].map((guid) => episode(guid).image?._sanityAsset)).toEqual(
      Array(5).fill(shared),
    );
    expect(server.requests.filter((r) => r.path === '/art/shared.jpg')).toHaveLength(1);
    expect(
      result.assets.filter((a) => a.path.startsWith('images/')).map((a) => a.path.replace(/^images\/[0-9a-f]+-/, '')),
    ).toEqual(expect.arrayContaining(['1500x1500.jpg', '1400x1400.jpg', '1200x675.jpg']));
    expect(result.assets.filter((a) => a.path.startsWith('images/'))).toHaveLength(3);
    expect(result.report.notes).toContain('6 episodes use the same artwork, imported once');
  });

  it('does not set show artwork Apple would refuse (the build would stop), and says so', async () => {
    const small = await importPodcast(
      { xml: movingShowFeed(server.origin, [items[7]!], '/art/wide.jpg'), source: 'small.xml', localDir: null },
      { remote: remote({ timeoutMs: TIMEOUT_MS }) },
    );
    expect(small.podcast).not.toHaveProperty('artwork');
    expect(small.report.warnings.filter((w) => w.id === '').map((w) => `${w.message} | ${w.detail}`)).toEqual([
      expect.stringMatching(
        /^show artwork is not square 1400–3000 pixels, so it was not set: .* \| http:\/\/127\.0\.0\.1:\d+\/art\/wide\.jpg is 1200×675$/,
      ),
    ]);
    expect(small.assets.map((a) => a.path)).toEqual([expect.stringMatching(/-1400x1400\.jpg$/)]);
  });

  it('reports artwork the Studio would warn about, and a failed download with its address', () => {
    expect(episode('ep-7').image?._sanityAsset).toMatch(/-1200x675\.jpg$/);
    expect(warningsOf('ep-7')).toContainEqual(
      expect.stringMatching(
        /^episode artwork is not square 1400–3000 pixels: .* \| http:\/\/127\.0\.0\.1:\d+\/art\/wide\.jpg is 1200×675$/,
      ),
    );
    expect(episode('ep-5').image).toBeUndefined();
    expect(warningsOf('ep-5')).toContainEqual(
      expect.stringMatching(
        /^episode artwork could not be downloaded: .* \| http:\/\/127\.0\.0\.1:\d+\/art\/missing\.jpg: the server answered 404 Not Found$/,
      ),
    );
  });

  it('brings a WebVTT transcript along, and reports one in a format the Studio does not take', () => {
    expect(episode('ep-1').transcript).toEqual({
      _type: 'transcript',
      file: { _type: 'file', _sanityAsset: expect.stringMatching(/^file@file:\/\/\.\/files\/[0-9a-f]{40}\.vtt$/) },
      language: 'en',
    });
    const file = result.assets.find((a) => a.path.endsWith('.vtt'))!;
    expect(new TextDecoder().decode(file.bytes)).toBe(TRANSCRIPT);
    expect(episode('ep-7').transcript).toBeUndefined();
    expect(warningsOf('ep-7')).toContainEqual(
      expect.stringMatching(
        /^transcript could not be imported: .*\| http:\/\/127\.0\.0\.1:\d+\/transcripts\/7\.html: its format \(text\/html\) is not one/,
      ),
    );
  });
});

describe('the report', () => {
  it('gives counts first, each kind of problem once with how many items have it, then the items', () => {
    const text = result.report.toText('Podcast import from moving.xml');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Podcast import from moving\.xml: 8 imported, 0 not imported, \d+ warnings$/);
    expect(text).toContain(
      '  - 7 episodes measured from the audio (Range requests): 4 lengths and 5 sizes filled in, 3 could not be measured (below)',
    );
    expect(text).toContain('  - 6 episodes use the same artwork, imported once');
    const summary = lines.indexOf('Imported, but check:');
    const details = lines.indexOf('Imported, but check, item by item:');
    expect(summary).toBeGreaterThan(0);
    expect(details).toBeGreaterThan(summary);
    expect(lines.slice(summary, details).filter((l) => l.includes('has no <itunes:duration>'))).toEqual([
      expect.stringMatching(/^ {2}- 3 items: has no <itunes:duration> \(its audio could not be measured\)/),
    ]);
    expect(lines.slice(details).filter((l) => /^ {4}- ep-[457] /.test(l))).toHaveLength(8);
  });
});
