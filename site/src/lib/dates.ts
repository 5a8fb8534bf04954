/** Dates as readers see them. UTC keeps every build identical wherever it runs. */
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export const formatDate = (iso: string) => longDate.format(new Date(iso));

/** Newest first, the order of every list on the site. */
export const byNewest = <T extends { data: { publishedAt: string } }>(a: T, b: T) =>
  b.data.publishedAt.localeCompare(a.data.publishedAt);
