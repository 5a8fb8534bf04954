import { describe, expect, it } from 'vitest';
import { audioMimeType, byteSize, explicitFlag, positiveInteger } from './audio.ts';

describe('audioMimeType', () => {
  it('takes the enclosure type the schema lists', () => {
    expect(audioMimeType('audio/mpeg', 'https://cdn.example.org/a.mp3')).toBe('audio/mpeg');
    expect(audioMimeType('audio/x-m4a', 'https://cdn.example.org/a')).toBe('audio/x-m4a');
  });

  it('falls back to the URL extension when the type is missing or vague, and gives null when neither says', () => {
    expect(audioMimeType('', 'https://cdn.example.org/a.mp3')).toBe('audio/mpeg');
    expect(audioMimeType('application/octet-stream', 'https://cdn.example.org/a.m4a?x=1')).not.toBeNull();
    expect(audioMimeType('', 'https://cdn.example.org/a')).toBeNull();
    expect(audioMimeType('video/mp4', 'https://cdn.example.org/a.avi')).toBeNull();
  });
});

describe('byteSize (enclosure length)', () => {
  it.each([
    ['43520193', 43520193],
    [' 123 ', 123],
    ['1,234,567', 1234567],
    ['1', 1],
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(byteSize(text)).toBe(bytes);
  });

  it.each(['', '0', '000', '-5', '12.5', '1e6', '12 MB', 'abc', '99999999999999999999'])(
    'gives null for %j (missing, zero or not a size)',
    (text) => {
      expect(byteSize(text)).toBeNull();
    },
  );
});

describe('explicitFlag', () => {
  it.each(['yes', 'true', 'explicit', ' Yes ', 'TRUE', 'Explicit'])('reads %j as explicit', (text) => {
    expect(explicitFlag(text)).toBe(true);
  });
  it.each(['no', 'false', 'clean', ' No ', 'FALSE', 'Clean'])('reads %j as not explicit', (text) => {
    expect(explicitFlag(text)).toBe(false);
  });
  it.each(['', 'maybe', 'y', '1'])('gives null for %j (the show decides)', (text) => {
    expect(explicitFlag(text)).toBeNull();
  });
});

describe('positiveInteger', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
  ])('reads %j as %d', (text, n) => {
    expect(positiveInteger(text)).toBe(n);
  });
  it.each(['', ' ', '0', '-1', '1.5', '2a', 'two', '99999999999999999999'])('gives null for %j', (text) => {
    expect(positiveInteger(text)).toBeNull();
  });
});
