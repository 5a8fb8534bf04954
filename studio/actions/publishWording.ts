/*
 * What the publish button says for a post or episode: the site hides a document until its
 * publish date (queries.ts `dateTime(publishedAt) <= dateTime($now)`), so a future date
 * schedules it, and the half-hourly deploy puts it live then.
 */

/** 25 December 2026, 10:00 in the editor's time zone: the way the button names a date. */
export function dateInWords(date: Date, timeZone?: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    date,
  );
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${day}, ${time}`;
}

export interface PublishWording {
  label: string;
  title: string;
}

/** "Schedule for 25 December 2026, 10:00" for a future publish date, else "Publish now". */
export function publishWording(publishedAt: unknown, now: Date, timeZone?: string): PublishWording {
  const time = typeof publishedAt === 'string' ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isFinite(time) && time > now.getTime()) {
    const when = dateInWords(new Date(time), timeZone);
    return {
      label: `Schedule for ${when}`,
      title: `Stays off the site until ${when}, then appears with the next site update (within half an hour). Change Publish date to publish it sooner.`,
    };
  }
  return {
    label: 'Publish now',
    title: 'Goes on the site with the next site update, a few minutes after you publish.',
  };
}

/** Why publishing is refused while fields hold text the form could not read (never stored). */
export function unreadTextMessage(fieldTitles: string[]): string | undefined {
  if (fieldTitles.length === 0) return undefined;
  const fields = fieldTitles.map((title) => `“${title}”`).join(' and ');
  return `Not published: ${fields} ${fieldTitles.length > 1 ? 'hold' : 'holds'} text the Studio could not read, so the saved value is not what you typed. Correct it (the message under the field says how), then publish.`;
}
