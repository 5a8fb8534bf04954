import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './dates.ts';

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 04 Mar 2024 10:00:00 GMT', '2024-03-04T10:00:00Z'],
    ['Tue, 12 Mar 2024 06:00:00 -0400', '2024-03-12T10:00:00Z'],
    ['Wed, 6 Mar 2024 05:00:00 EST', '2024-03-06T10:00:00Z'],
    ['Thu, 07 Mar 2024 11:00:00 +0000 (UTC)', '2024-03-07T11:00:00Z'],
    ['2024-03-04T10:00:00+01:00', '2024-03-04T09:00:00Z'],
    ['2024-03-04T10:00:00.250Z', '2024-03-04T10:00:00.250Z'],
    // Whitespace around an ISO date (a line break inside <pubDate>), which the date parser alone refuses.
    ['\n  2024-03-05T10:00:00Z\n', '2024-03-05T10:00:00Z'],
    // A trailing comment, which the JavaScript date parser alone does not read after these forms.
    ['2024-03-05T10:00:00Z (UTC)', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00+01:00(CET)', '2024-03-05T09:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00(+0500)', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00Z ()', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00Z (U)', '2024-03-05T10:00:00Z'],
    ['  Tue, Tue,\t05 Mar 2024  10:00:00 GMT ', '2024-03-05T10:00:00Z'],
    ['1990-01-01T00:00:00Z', '1990-01-01T00:00:00Z'],
    ['2200-12-31T23:59:59Z', '2200-12-31T23:59:59Z'],
  ])('reads %j', (input, iso) => {
    expect(parseFeedDate(input)).toBe(iso);
  });

  it.each([
    '',
    '   ',
    'sometime last spring',
    'Mon, 99 Foo 2024',
    '1970-01-01T00:00:00Z',
    '1989-12-31T23:59:59Z',
    '2201-01-01T00:00:00Z',
    '2024-03-05T10:00:00Z (UTC)x',
  ])('rejects %j', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('treats a missing date as no date', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});
