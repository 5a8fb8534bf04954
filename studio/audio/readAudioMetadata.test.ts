import { describe, expect, it, vi } from 'vitest';
import { type AudioReaderDeps, readFileMetadata, readUrlMetadata } from './readAudioMetadata.ts';
import { m4aBytes } from '@frm/content/testing/m4aBytes';
import { FRAME_SECONDS, mp3Bytes } from '@frm/content/testing/mp3Bytes';

const URL_MP3 = 'https://media.example.org/episodes/ep12.mp3';

/** A fetch stand-in: answers by method/Range, records requests. Nothing leaves the process. */
function fakeFetch(handler: (init: RequestInit | undefined) => Response | Promise<Response>) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) =>
    handler(init),
  ) as unknown as AudioReaderDeps['fetch'] & ReturnType<typeof vi.fn>;
}

describe('readFileMetadata', () => {
  const file = (bytes: Uint8Array, name: string, type: string) => new File([bytes as BlobPart], name, { type });
  const urls = { createObjectURL: () => 'blob:test-1', revokeObjectURL: vi.fn() };

  it('takes size and type from the File and the length from the audio element', async () => {
    const probeDuration = vi.fn(async () => 2712.4);
    const result = await readFileMetadata(file(mp3Bytes(5), 'ep12.mp3', 'audio/mpeg'), {
      fetch: fakeFetch(() => new Response()),
      probeDuration,
      ...urls,
    });
    expect(result).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 5 * 417, durationSeconds: 2712, problems: [] });
    expect(probeDuration).toHaveBeenCalledWith('blob:test-1');
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:test-1');
  });

  it('parses MP3 frames when the browser cannot tell the length', async () => {
    const bytes = mp3Bytes(400, { id3: 20 });
    const result = await readFileMetadata(file(bytes, 'ep12.mp3', ''), {
      fetch: fakeFetch(() => new Response()),
      probeDuration: async () => undefined,
      ...urls,
    });
    expect(result).toMatchObject({
      mimeType: 'audio/mpeg',
      sizeBytes: bytes.length,
      durationSeconds: Math.round(400 * FRAME_SECONDS),
      problems: [],
    });
  });

  it('reads the moov box of an M4A file when the browser cannot tell the length', async () => {
    const bytes = m4aBytes(1800.4, { moovAtEnd: true });
    const result = await readFileMetadata(file(bytes, 'ep12.m4a', 'audio/mp4'), {
      fetch: fakeFetch(() => new Response()),
      probeDuration: async () => undefined,
      ...urls,
    });
    expect(result).toMatchObject({
      mimeType: 'audio/mp4',
      sizeBytes: bytes.length,
      durationSeconds: 1800,
      problems: [],
    });
  });

  it('explains files that are not podcast audio', async () => {
    const result = await readFileMetadata(file(new Uint8Array(10), 'notes.pdf', 'application/pdf'), {
      fetch: fakeFetch(() => new Response()),
      probeDuration: async () => undefined,
      ...urls,
    });
    expect(result.mimeType).toBeUndefined();
    expect(result.problems.join(' ')).toMatch(/does not look like an audio file/);
    expect(result.problems.join(' ')).toMatch(/Could not read the length/);
  });
});

describe('readUrlMetadata', () => {
  it('reads size and type with HEAD and the length with the audio element', async () => {
    const fetch = fakeFetch(
      () => new Response(null, { headers: { 'content-length': '48213456', 'content-type': 'audio/mpeg' } }),
    );
    const result = await readUrlMetadata(URL_MP3, { fetch, probeDuration: async () => 3013.2 });
    expect(result).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 48213456, durationSeconds: 3013, problems: [] });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ method: 'HEAD' });
  });

  it('falls back to a Range request and MP3 frames when HEAD says nothing and the browser cannot play it', async () => {
    const start = mp3Bytes(20);
    const total = 43_200_000;
    const fetch = fakeFetch((init) => {
      if (init?.method === 'HEAD') return new Response(null, { status: 405 });
      expect(new Headers(init?.headers).get('range')).toMatch(/^bytes=0-\d+$/);
      return new Response(start as BodyInit, {
        status: 206,
        headers: {
          'content-range': `bytes 0-${start.length - 1}/${total}`,
          'content-type': 'application/octet-stream',
        },
      });
    });
    const result = await readUrlMetadata(URL_MP3, { fetch, probeDuration: async () => undefined });
    expect(result).toEqual({ mimeType: 'audio/mpeg', sizeBytes: total, durationSeconds: 2700, problems: [] });
  });

  it('trusts what an uploaded asset already knows', async () => {
    const fetch = fakeFetch(() => {
      throw new Error('should not fetch');
    });
    const result = await readUrlMetadata(
      'https://cdn.sanity.io/files/p/d/abc.mp3',
      { fetch, probeDuration: async () => 61 },
      { size: 1234, mimeType: 'audio/mpeg' },
    );
    expect(result).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 1234, durationSeconds: 61, problems: [] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains a host that blocks the browser (CORS) in editors’ words, with what to do', async () => {
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await readUrlMetadata(URL_MP3, { fetch, probeDuration: async () => 1800 });
    expect(result.sizeBytes).toBeUndefined();
    expect(result.durationSeconds).toBe(1800); // the audio element does not need CORS
    expect(result.mimeType).toBe('audio/mpeg');
    const message = result.problems.join(' ');
    expect(message).toMatch(/does not let the Studio read it, or it is offline/);
    expect(message).toMatch(/upload the file here instead/);
    expect(message).not.toMatch(/CORS|request/i);
  });

  it('reports HTTP errors and non-audio addresses', async () => {
    const fetch = fakeFetch((init) =>
      init?.method === 'HEAD'
        ? new Response(null, { status: 404 })
        : new Response('nope', { status: 404, statusText: 'Not Found' }),
    );
    const result = await readUrlMetadata('https://example.org/page.html', {
      fetch,
      probeDuration: async () => undefined,
    });
    expect(result.problems.join(' ')).toMatch(/404/);
    expect(result.problems.join(' ')).toMatch(/does not point to an audio file/);
  });

  it('rejects addresses that are not web addresses', async () => {
    const deps = { fetch: fakeFetch(() => new Response()), probeDuration: async () => 1 };
    expect((await readUrlMetadata('ep12.mp3', deps)).problems[0]).toMatch(/not a complete web address/);
    expect((await readUrlMetadata('ftp://x.org/a.mp3', deps)).problems[0]).toMatch(/https:\/\//);
  });
});
