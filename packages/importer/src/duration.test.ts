import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    ['01:02:03', 3723],
    ['1:02:03', 3723],
    ['00:45:20', 2720],
    ['45:12', 2712],
    ['5:07', 307],
    ['2402', 2402],
    ['1257.6', 1258],
    ['1:02:03.600', 3724],
    [' 90 ', 90],
    ['100:00', 6000],
  ])('reads %j as %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each(['', '   ', 'abc', '1:75', '1:2:3:4', '-30', '0', '00:00:00', '12 minutes'])('rejects %j', (input) => {
    expect(parseDuration(input)).toBeNull();
  });

  it('treats a missing value as unknown', () => {
    expect(parseDuration(undefined)).toBeNull();
    expect(parseDuration(null)).toBeNull();
  });
});
