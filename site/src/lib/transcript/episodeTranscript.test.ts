import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Episode } from '@frm/content';

type TranscriptModule = typeof import('./episodeTranscript.ts');

/** A fresh instance of the module, as Astro's config graph and its pages' graph each load one. */
async function moduleInstance(): Promise<TranscriptModule> {
  vi.resetModules();
  return import('./episodeTranscript.ts');
}

const episodeWith = (id: string, vttUrl: string) =>
  ({
    _id: id,
    slug: id,
    transcript: { text: 'What was said.', language: 'en', file: { _id: 'file-1-vtt', url: vttUrl, mimeType: 'text/vtt', size: 9, originalFilename: 'episode.vtt' } },
  }) as unknown as Pick<Episode, '_id' | 'slug' | 'transcript'>;

afterEach(() => vi.restoreAllMocks());

describe('episodeTranscriptText', () => {
  it('reads and reports a bad transcript once per build, though the search index and the page ask from two module graphs', async () => {
    const [searchIndex, page] = [await moduleInstance(), await moduleInstance()];
    expect(page.episodeTranscriptText).not.toBe(searchIndex.episodeTranscriptText);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const readBytes = vi.fn(async (_url: string) => new TextEncoder().encode('not a caption file'));
    const episode = episodeWith(`episode-bad-${Date.now()}`, '/media/bad.vtt');

    const forSearch = await searchIndex.episodeTranscriptText(episode, readBytes);
    const forPage = await page.episodeTranscriptText(episode, readBytes);

    expect(forPage).toEqual({ paragraphs: [{ text: 'What was said.' }], timed: false });
    expect(forSearch).toEqual(forPage);
    expect(readBytes).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`podcastEpisode "${episode._id}" (field transcript.file, /media/bad.vtt) has problems`);
  });

  it('reads it again in the next build (a new content sync), where the file may be gone', async () => {
    const { episodeTranscriptText } = await moduleInstance();
    const { forgetSharedTranscripts } = await import('./sharedTranscripts.ts');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const episode = episodeWith(`episode-rebuilt-${Date.now()}`, '/media/gone.vtt');
    await episodeTranscriptText(episode, async () => new TextEncoder().encode('not a caption file'));
    forgetSharedTranscripts();
    await expect(episodeTranscriptText(episode, async () => Promise.reject(new Error('Transcript file /media/gone.vtt is not in the dataset export')))).rejects.toThrow('not in the dataset export');
  });

  it('reads another upload of the same episode again', async () => {
    const { episodeTranscriptText } = await moduleInstance();
    const readBytes = vi.fn(async (_url: string) => new TextEncoder().encode('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n'));
    const id = `episode-${Date.now()}`;
    await episodeTranscriptText(episodeWith(id, '/media/first.vtt'), readBytes);
    const second = await episodeTranscriptText(episodeWith(id, '/media/second.vtt'), readBytes);
    expect(readBytes.mock.calls.map(([url]) => url)).toEqual(['/media/first.vtt', '/media/second.vtt']);
    expect(second?.timed).toBe(true);
  });
});
