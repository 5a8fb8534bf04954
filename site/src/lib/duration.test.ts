import { describe, expect, it } from 'vitest';
import { clockTime, isoDuration, spokenDuration } from './duration.ts';

describe('durations', () => {
  it('formats clock positions', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(125)).toBe('2:05');
    expect(clockTime(3725)).toBe('1:02:05');
  });
  it('formats for reading', () => {
    expect(spokenDuration(20)).toBe('1 min');
    expect(spokenDuration(1500)).toBe('25 min');
    expect(spokenDuration(3725)).toBe('1 hr 2 min');
  });
  it('formats ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(125)).toBe('PT2M5S');
    expect(isoDuration(3600)).toBe('PT1H');
  });
});
