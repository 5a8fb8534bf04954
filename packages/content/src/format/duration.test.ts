import { describe, expect, it } from 'vitest';
import { clockTime, clockTimeOf, isoDuration, spokenDuration } from './duration.ts';

describe('durations', () => {
  it('formats clock positions', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(125)).toBe('2:05');
    expect(clockTime(3725)).toBe('1:02:05');
    expect(clockTime(2712.6)).toBe('45:12');
    expect(clockTime(59.9)).toBe('0:59');
  });
  it('formats form values only when they are a length', () => {
    expect(clockTimeOf(754)).toBe('12:34');
    expect(clockTimeOf('60')).toBeUndefined();
    expect(clockTimeOf(-1)).toBeUndefined();
    expect(clockTimeOf(Number.NaN)).toBeUndefined();
    expect(clockTimeOf(undefined)).toBeUndefined();
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
