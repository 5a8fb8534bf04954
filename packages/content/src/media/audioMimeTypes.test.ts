import { describe, expect, it } from 'vitest';
import { audioMimeTypes } from '../vocabulary.ts';
import {
  AUDIO_MIME_TYPE_BY_EXTENSION,
  audioMimeTypeFromName,
  detectAudioMimeType,
  normalizeAudioMimeType,
} from './audioMimeTypes.ts';

describe('audio MIME types', () => {
  it('come from the file extension of names and URLs', () => {
    expect(audioMimeTypeFromName('Episode 12.MP3')).toBe('audio/mpeg');
    expect(audioMimeTypeFromName('https://cdn.example.org/ep12.m4a?download=1#t=3')).toBe('audio/x-m4a');
    expect(audioMimeTypeFromName('book.m4b')).toBe('audio/mp4');
    expect(audioMimeTypeFromName('notes.pdf')).toBeUndefined();
    expect(audioMimeTypeFromName('no-extension')).toBeUndefined();
  });
  it('normalize Content-Type headers, enclosure types and their aliases', () => {
    expect(normalizeAudioMimeType('audio/mpeg; charset=binary')).toBe('audio/mpeg');
    expect(normalizeAudioMimeType('audio/mp3')).toBe('audio/mpeg');
    expect(normalizeAudioMimeType('audio/mpg')).toBe('audio/mpeg');
    expect(normalizeAudioMimeType(' AUDIO/X-M4A ')).toBe('audio/x-m4a');
    expect(normalizeAudioMimeType('application/ogg')).toBe('audio/ogg');
    expect(normalizeAudioMimeType('application/octet-stream')).toBeUndefined();
    expect(normalizeAudioMimeType(undefined)).toBeUndefined();
  });
  it('prefer the header, fall back to the extension', () => {
    expect(detectAudioMimeType('application/octet-stream', 'https://x.org/a.mp3')).toBe('audio/mpeg');
    expect(detectAudioMimeType('audio/mp4', 'a.mp3')).toBe('audio/mp4');
    expect(detectAudioMimeType(null, 'a.txt')).toBeUndefined();
  });
  it('map every extension to a type the studio offers and the model accepts', () => {
    for (const type of Object.values(AUDIO_MIME_TYPE_BY_EXTENSION)) expect(audioMimeTypes).toContain(type);
  });
});
