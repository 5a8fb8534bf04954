import { describe, expect, it } from 'vitest';
import { checkAudioSource, checkResourceSource } from './audioSource.ts';

const file = { _type: 'file', asset: { _type: 'reference', _ref: 'file-abc-mp3' } };
const url = 'https://media.example.org/episode-1.mp3';

describe('checkAudioSource', () => {
  it('accepts exactly one of file or url', () => {
    expect(checkAudioSource({ file })).toBe(true);
    expect(checkAudioSource({ url })).toBe(true);
  });

  it('rejects both', () => {
    expect(checkAudioSource({ file, url })).toBe(
      'Use either the uploaded audio file or the audio web address, not both',
    );
  });

  it('rejects neither (an empty file field or a blank url count as missing)', () => {
    const message = 'Upload the audio file or paste the web address of the audio';
    expect(checkAudioSource({})).toBe(message);
    expect(checkAudioSource({ file: { _type: 'file' }, url: '  ' })).toBe(message);
  });

  it('leaves a missing audio block to required()', () => {
    expect(checkAudioSource(undefined)).toBe(true);
  });
});

describe('checkResourceSource', () => {
  it('accepts exactly one of file or url', () => {
    expect(checkResourceSource({ _type: 'resource', file })).toBe(true);
    expect(checkResourceSource({ _type: 'resource', url })).toBe(true);
  });

  it('rejects both and neither', () => {
    expect(checkResourceSource({ _type: 'resource', file, url })).toBe(
      'Use either the web address or the uploaded file, not both',
    );
    expect(checkResourceSource({ _type: 'resource' })).toBe('Add a web address or upload a file for this resource');
    expect(checkResourceSource(undefined)).toBe('Add a web address or upload a file for this resource');
  });
});
