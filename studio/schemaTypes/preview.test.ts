import { describe, expect, it } from 'vitest';
import { formatDate, isScheduled, joinSubtitle, previewStates } from './preview.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('previewStates', () => {
  it('flags future dates as Scheduled', () => {
    expect(isScheduled('2026-03-02T00:00:00Z', now)).toBe(true);
    expect(isScheduled('2026-02-28T00:00:00Z', now)).toBe(false);
    expect(isScheduled(undefined, now)).toBe(false);
    expect(previewStates({ publishedAt: '2026-04-01T00:00:00Z' }, now)).toEqual(['Scheduled']);
  });

  it('flags episodes without a file or url as Missing audio', () => {
    expect(previewStates({ audio: {} }, now)).toEqual(['Missing audio']);
    expect(previewStates({ audio: { url: 'https://x.org/a.mp3' } }, now)).toEqual([]);
    expect(previewStates({ audio: { file: { _ref: 'file-a-mp3' } } }, now)).toEqual([]);
  });

  it('flags images without alt text', () => {
    const asset = { _ref: 'image-a-10x10-jpg' };
    expect(previewStates({ imageAsset: asset }, now)).toEqual(['Missing alt text']);
    expect(previewStates({ imageAsset: asset, imageAlt: ' ' }, now)).toEqual(['Missing alt text']);
    expect(previewStates({ imageAsset: asset, imageAlt: 'A family' }, now)).toEqual([]);
    expect(previewStates({ imageAlt: undefined }, now)).toEqual([]);
  });

  it('lists several states in a stable order', () => {
    expect(previewStates({ publishedAt: '2027-01-01T00:00:00Z', imageAsset: {}, audio: {} }, now)).toEqual([
      'Scheduled',
      'Missing audio',
      'Missing alt text',
    ]);
  });
});

describe('formatting', () => {
  it('formats dates for the list', () => {
    expect(formatDate('2026-03-03T15:00:00Z', 'UTC')).toBe('Mar 3, 2026');
    expect(formatDate('not a date')).toBeUndefined();
    expect(formatDate(undefined)).toBeUndefined();
  });

  it('joins subtitle parts, skipping empty ones', () => {
    expect(joinSubtitle('S2', false, undefined, 'E14', '', 'Missing audio')).toBe('S2 · E14 · Missing audio');
  });
});
