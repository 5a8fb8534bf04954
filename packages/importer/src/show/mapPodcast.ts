import { explicitFlag } from '../episodes/audio.ts';
import { htmlToPlainText } from '../html/htmlToPortableText.ts';
import { PODCAST_ID } from '../ids.ts';
import type { FundingLink, Podcast } from '@frm/content/sanity.types';
import type { FeedShow } from '../feed/parseFeed.ts';
import type { ImportReport } from '../report/report.ts';
import { mapCategories, type CategoryValue } from './categories.ts';

type ImportedShowFields =
  | 'title'
  | 'description'
  | 'author'
  | 'ownerName'
  | 'ownerEmail'
  | 'language'
  | 'explicit'
  | 'copyright'
  | 'type'
  | 'podcastGuid'
  | 'locked';

/**
 * The fields of the `podcast` singleton an import sets, typed from the studio schema; the rest
 * (artwork, links) stays as it is. Array items get their `_key` when the document is written.
 */
export type PodcastDocument = Pick<Podcast, ImportedShowFields> & {
  _id: typeof PODCAST_ID;
  _type: 'podcast';
  categories?: CategoryValue[];
  funding?: Array<Omit<FundingLink, 'url' | 'label'> & { url: string; label: string }>;
  [field: string]: unknown;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** The channel -> show settings. Values the feed lacks are left out, so merging keeps what the studio has. */
export function mapPodcast(show: FeedShow, report: ImportReport): PodcastDocument {
  const warn = (message: string) => report.warn('', 'show settings', message);
  const doc: PodcastDocument = { _id: PODCAST_ID, _type: 'podcast' };
  if (show.title) doc.title = show.title;
  else warn('the feed has no <title>: the show title is unchanged');
  const description = htmlToPlainText(show.description);
  if (description) doc.description = description.slice(0, 4000);
  if (description.length > 4000) warn('the show description is longer than 4000 characters: it was cut');
  if (show.author) doc.author = show.author;
  if (show.ownerName) doc.ownerName = show.ownerName;
  if (EMAIL.test(show.ownerEmail)) doc.ownerEmail = show.ownerEmail;
  else
    warn(
      show.ownerEmail
        ? `owner email "${show.ownerEmail}" is not an email address: left unchanged`
        : 'the feed has no <itunes:owner> email: set the owner email in the studio (Apple sends the ownership check there)',
    );
  if (LANGUAGE.test(show.language)) doc.language = show.language.toLowerCase();
  else if (show.language) warn(`language "${show.language}" is not a language code: left unchanged`);

  const { values, rejected } = mapCategories(show.categories);
  if (values.length > 0) doc.categories = values;
  for (const name of rejected) warn(`category "${name}" is not on Apple's list: left out`);

  const explicit = explicitFlag(show.explicit);
  if (explicit !== null) doc.explicit = explicit;
  if (show.copyright) doc.copyright = show.copyright;
  const type = show.type.toLowerCase();
  if (type === 'episodic' || type === 'serial') doc.type = type;
  if (UUID.test(show.podcastGuid)) doc.podcastGuid = show.podcastGuid.toLowerCase();
  else if (show.podcastGuid) warn(`podcast:guid "${show.podcastGuid}" is not a UUID: left out`);
  const locked = explicitFlag(show.locked);
  if (locked !== null) doc.locked = locked;
  const funding = show.funding
    .filter((f) => /^https?:\/\//i.test(f.url))
    .map((f) => ({ _type: 'fundingLink' as const, url: f.url, label: f.label || 'Support the show' }));
  if (funding.length > 0) doc.funding = funding;

  if (show.newFeedUrl)
    warn(
      `the old feed already points to a new address (itunes:new-feed-url ${show.newFeedUrl}); that was not copied into “New feed address”, which is only for moving away from this site`,
    );
  return doc;
}
