import { describe, expect, it } from 'vitest';
import { dateInWords, publishWording, unreadTextMessage } from './publishWording.ts';

const now = new Date('2026-12-06T09:00:00Z');

describe('publish wording', () => {
  it('names a future date in words: the button schedules', () => {
    expect(dateInWords(new Date('2026-12-25T10:00:00Z'), 'UTC')).toBe('25 December 2026, 10:00');
    expect(dateInWords(new Date('2026-12-25T10:00:00Z'), 'America/Chicago')).toBe('25 December 2026, 04:00');
    expect(publishWording('2026-12-25T10:00:00.000Z', now, 'UTC')).toEqual({
      label: 'Schedule for 25 December 2026, 10:00',
      title: expect.stringMatching(/^Stays off the site until 25 December 2026, 10:00/),
    });
  });

  it('says "Publish now" for a date that has come, or none', () => {
    expect(publishWording('2026-12-06T09:00:00Z', now).label).toBe('Publish now');
    expect(publishWording('2025-01-01T00:00:00Z', now).label).toBe('Publish now');
    expect(publishWording(undefined, now).label).toBe('Publish now');
  });

  it('names every field that holds unread text', () => {
    expect(unreadTextMessage([])).toBeUndefined();
    expect(unreadTextMessage(['Publish date'])).toMatch(
      /^Not published: “Publish date” holds text the Studio could not read/,
    );
    expect(unreadTextMessage(['Publish date', 'Chapters › Starts at'])).toMatch(
      /“Publish date” and “Chapters › Starts at” hold text/,
    );
  });
});
