import { describe, expect, it } from 'vitest';
import { clockTime, clockTimeOf, isoDuration, parseClockTime, spokenDuration } from './duration.ts';

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
  it('reads positions typed as mm:ss or h:mm:ss', () => {
    expect(parseClockTime('20:30')).toBe(1230);
    expect(parseClockTime(' 0:05 ')).toBe(5);
    expect(parseClockTime('75:00')).toBe(4500);
    expect(parseClockTime('1:02:05')).toBe(3725);
    for (const text of ['2030', '20:3', '20:60', '1:60:00', '1:2:05', '', 'next', '-1:00', '20.30', '1:02:05:00']) {
      expect(parseClockTime(text), text).toBeUndefined();
    }
  });
  it('reads back every position it writes', () => {
    for (const seconds of [0, 59, 60, 1230, 3599, 3600, 3725, 36000])
      expect(parseClockTime(clockTime(seconds))).toBe(seconds);
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
