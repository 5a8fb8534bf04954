import { describe, expect, it } from 'vitest';
import { detectMimeType, formatBytes, formatDuration, mimeTypeFromName, normalizeMimeType, totalFromContentRange } from './audioFormat.ts';

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1500)).toBe('1.50 kB');
    expect(formatBytes(48_213_456)).toBe('48.2 MB');
    expect(formatBytes(1_200_000_000)).toBe('1.20 GB');
  });
  it('ignores what is not a size', () => {
    expect(formatBytes(undefined)).toBeUndefined();
    expect(formatBytes(-1)).toBeUndefined();
    expect(formatBytes(Number.NaN)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('shows minutes and seconds, hours when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(2712.4)).toBe('45:12');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration('60')).toBeUndefined();
  });
});

describe('MIME types', () => {
  it('come from the file extension of names and URLs', () => {
    expect(mimeTypeFromName('Episode 12.MP3')).toBe('audio/mpeg');
    expect(mimeTypeFromName('https://cdn.example.org/ep12.m4a?download=1#t=3')).toBe('audio/x-m4a');
    expect(mimeTypeFromName('notes.pdf')).toBeUndefined();
    expect(mimeTypeFromName('no-extension')).toBeUndefined();
  });
  it('normalize Content-Type headers and aliases', () => {
    expect(normalizeMimeType('audio/mpeg; charset=binary')).toBe('audio/mpeg');
    expect(normalizeMimeType('audio/mp3')).toBe('audio/mpeg');
    expect(normalizeMimeType('AUDIO/X-M4A')).toBe('audio/x-m4a');
    expect(normalizeMimeType('application/octet-stream')).toBeUndefined();
  });
  it('prefer the header, fall back to the extension', () => {
    expect(detectMimeType('application/octet-stream', 'https://x.org/a.mp3')).toBe('audio/mpeg');
    expect(detectMimeType('audio/mp4', 'a.mp3')).toBe('audio/mp4');
    expect(detectMimeType(null, 'a.txt')).toBeUndefined();
  });
  it('read the total size from Content-Range', () => {
    expect(totalFromContentRange('bytes 0-0/48213456')).toBe(48213456);
    expect(totalFromContentRange('bytes 0-0/*')).toBeUndefined();
    expect(totalFromContentRange(null)).toBeUndefined();
  });
});
