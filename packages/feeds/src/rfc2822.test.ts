import { describe, expect, it } from 'vitest';
import { rfc2822 } from './rfc2822.ts';

describe('rfc2822', () => {
  it('names every weekday and month as RFC 2822 spells them, in UTC with zero-padded fields', () => {
    // 2024-01-07 is a Sunday: one date a week, then the first of every month.
    const week = Array.from({ length: 7 }, (_, i) => rfc2822(new Date(Date.UTC(2024, 0, 7 + i, 1, 2, 3))).slice(0, 16));
    expect(week).toEqual([
      'Sun, 07 Jan 2024',
      'Mon, 08 Jan 2024',
      'Tue, 09 Jan 2024',
      'Wed, 10 Jan 2024',
      'Thu, 11 Jan 2024',
      'Fri, 12 Jan 2024',
      'Sat, 13 Jan 2024',
    ]);
    const months = Array.from({ length: 12 }, (_, i) => rfc2822(new Date(Date.UTC(2025, i, 15))).slice(8, 11));
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(rfc2822(new Date(Date.UTC(2024, 0, 7, 1, 2, 3)))).toBe('Sun, 07 Jan 2024 01:02:03 +0000');
  });

  it('reads an ISO string in UTC whatever its offset', () => {
    expect(rfc2822('2025-03-03T23:30:00-02:00')).toBe('Tue, 04 Mar 2025 01:30:00 +0000');
  });

  it('refuses a value that is not a date, naming it', () => {
    expect(() => rfc2822('next Tuesday')).toThrow(new Error('"next Tuesday" is not a date'));
    expect(() => rfc2822(new Date(Number.NaN))).toThrow('"Invalid Date" is not a date');
  });
});
