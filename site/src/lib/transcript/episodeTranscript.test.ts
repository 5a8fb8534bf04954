import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Episode } from '@frm/content';
import { episodeTranscriptText } from './episodeTranscript.ts';

const episodeWith = (id: string, vttUrl: string) =>
  ({
    _id: id,
    slug: id,
    transcript: {
      text: 'What was said.',
      language: 'en',
      file: { _id: 'file-1-vtt', url: vttUrl, mimeType: 'text/vtt', size: 9, originalFilename: 'episode.vtt' },
    },
  }) as unknown as Pick<Episode, '_id' | 'slug' | 'transcript'>;

afterEach(() => vi.restoreAllMocks());

describe('episodeTranscriptText', () => {
  it('names a bad transcript file and falls back to the transcript text', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const readBytes = vi.fn(async (_url: string) => new TextEncoder().encode('not a caption file'));
    const episode = episodeWith('episode-bad', '/media/bad.vtt');

    expect(await episodeTranscriptText(episode, readBytes)).toEqual({
      paragraphs: [{ text: 'What was said.' }],
      timed: false,
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(
      'podcastEpisode "episode-bad" (field transcript.file, /media/bad.vtt) has problems',
    );
  });

  it('reads timed paragraphs from a caption file', async () => {
    const readBytes = vi.fn(async (_url: string) =>
      new TextEncoder().encode('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n'),
    );
    const transcript = await episodeTranscriptText(episodeWith('episode-good', '/media/first.vtt'), readBytes);
    expect(readBytes.mock.calls.map(([url]) => url)).toEqual(['/media/first.vtt']);
    expect(transcript?.timed).toBe(true);
  });
});
