import { defineQuery } from 'groq';
import { PUBLISHED } from './registry/siteTypes.ts';

/*
 * Every GROQ query the site runs, for both content sources. Each takes `$now` (ISO date-time):
 * documents published after it are treated as not yet published. Drafts (`drafts.*`) and release
 * versions (`versions.*`) are excluded here too, because the embedded source has no perspectives.
 * Fragments are plain string constants so `sanity typegen` can read the queries.
 */

const isPublished = PUBLISHED;
const isLive = `${PUBLISHED} && dateTime(publishedAt) <= dateTime($now)`;

const imageProjection = `{
  alt,
  caption,
  hotspot,
  crop,
  "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}
}`;

const fileProjection = `asset->{_id, url, mimeType, size, originalFilename}`;

const topicSummary = `{_id, title, "slug": slug.current}`;

const personSummary = `{_id, name, "slug": slug.current, role, url, image${imageProjection}}`;

// Internal links carry what the site needs to build the URL of their target.
const portableTextProjection = `[]{
  ...,
  _type == "image" => {"asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
  _type == "block" => {
    "markDefs": markDefs[]{
      ...,
      _type == "internalLink" => {"target": reference->{_id, _type, "slug": slug.current}}
    }
  }
}`;

const audioProjection = `{
  mimeType,
  sizeBytes,
  durationSeconds,
  url,
  "file": file.${fileProjection}
}`;

// What lists and related-episode players need; the episode page adds the rest.
const episodeSummaryFields = `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  episodeNumber,
  season,
  episodeType,
  summary,
  explicit,
  image${imageProjection},
  "audio": audio${audioProjection}`;

const episodeSummary = `{${episodeSummaryFields}
}`;

const resourceFields = `{
  _id,
  title,
  "slug": slug.current,
  previousPaths,
  kind,
  url,
  "file": file.${fileProjection},
  description,
  image${imageProjection},
  isFree,
  callToAction,
  featured,
  "topics": (topics[]->)[${isPublished}]${topicSummary}
}`;

const postSummary = `{_id, title, "slug": slug.current, publishedAt, excerpt}`;

const seoProjection = `{metaTitle, metaDescription, noIndex, ogImage${imageProjection}}`;

export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  title,
  description,
  siteUrl,
  navigation[]{_key, label, href},
  footerText,
  socialLinks[]{_key, platform, url},
  newsletter{heading, text, formAction, emailFieldName, nameFieldName, buttonLabel},
  defaultSocialImage${imageProjection},
  websubHub
}`);

export const podcastSettingsQuery = defineQuery(`*[_id == "podcast"][0]{
  title,
  description,
  author,
  ownerName,
  ownerEmail,
  language,
  categories[]{_key, category, subcategory},
  explicit,
  artwork${imageProjection},
  wideImage${imageProjection},
  copyright,
  type,
  podcastGuid,
  locked,
  funding[]{_key, url, label},
  newFeedUrl,
  "hosts": (hosts[]->)[${isPublished}]${personSummary},
  medium,
  license{identifier, name, url},
  txt[]{_key, purpose, text},
  updateFrequency,
  location{name, rel, geo, osm, country},
  podroll[]{_key, feedGuid, feedUrl, title},
  "trailer": *[_type == "podcastEpisode" && _id == ^.trailer._ref && ${isLive}][0]{
    title,
    publishedAt,
    season,
    "audio": audio{mimeType, sizeBytes, url, "file": file.${fileProjection}}
  },
  analyticsPrefix,
  subscribeLinks[]{_key, platform, label, url}
}`);

export const postsQuery = defineQuery(`*[_type == "post" && ${isLive}] | order(publishedAt desc, _id asc){
  _id,
  title,
  "slug": slug.current,
  previousPaths,
  publishedAt,
  excerpt,
  mainImage${imageProjection},
  "author": author->${personSummary},
  "topics": (topics[]->)[${isPublished}]${topicSummary},
  "body": body${portableTextProjection},
  "relatedEpisodes": (relatedEpisodes[]->)[${isLive}]${episodeSummary},
  "relatedResources": (relatedResources[]->)[${isPublished}]${resourceFields},
  "seo": seo${seoProjection}
}`);

export const episodesQuery =
  defineQuery(`*[_type == "podcastEpisode" && ${isLive}] | order(publishedAt desc, _id asc){${episodeSummaryFields},
  "showNotes": showNotes${portableTextProjection},
  chapters[]{_key, startSeconds, title, url},
  wideImage${imageProjection},
  funding[]{_key, url, label},
  "transcript": transcript{text, language, "file": file.${fileProjection}},
  "guests": (guests[]->)[${isPublished}]${personSummary},
  soundbites[]{_key, startSeconds, durationSeconds, title},
  alternateEnclosures[]{_key, title, mimeType, url, sizeBytes, bitrateKbps, height},
  "topics": (topics[]->)[${isPublished}]${topicSummary},
  "relatedPosts": (relatedPosts[]->)[${isLive}]${postSummary},
  guid,
  previousPaths
}`);

export const resourcesQuery = defineQuery(
  `*[_type == "resource" && ${isPublished}] | order(title asc, _id asc)${resourceFields}`,
);

export const topicsQuery = defineQuery(`*[_type == "topic" && ${isPublished}] | order(title asc, _id asc){
  _id,
  title,
  "slug": slug.current,
  previousPaths,
  description
}`);

export const peopleQuery = defineQuery(`*[_type == "person" && ${isPublished}] | order(name asc, _id asc){
  _id,
  name,
  "slug": slug.current,
  role,
  bio,
  url,
  image${imageProjection}
}`);

export const pagesQuery = defineQuery(`*[_type == "page" && ${isPublished}] | order(slug.current asc, _id asc){
  _id,
  title,
  "slug": slug.current,
  previousPaths,
  description,
  "body": body${portableTextProjection},
  "seo": seo${seoProjection}
}`);

// An editor's redirect; the reference as written too, so a target that is gone is told apart from none.
const redirectProjection = `{
  _id,
  from,
  "targetRef": target._ref,
  "target": target->{_id, _type, "title": coalesce(title, name), "slug": slug.current, kind},
  url,
  permanent,
  note
}`;

export const redirectsQuery = defineQuery(
  `*[_type == "redirect" && ${isPublished}] | order(from asc, _id asc)${redirectProjection}`,
);

/**
 * Everything the redirect checks need, in one query the Studio can run too (redirectsFromCheckQuery
 * in redirects/contentRedirects.ts): every published document with a page, its path and old
 * addresses, and every published redirect. Publish dates are not compared: the Studio lets an
 * editor redirect to a scheduled post; the build, which knows what is live, says when it is not yet.
 */
export const redirectCheckQuery = defineQuery(`{
  "documents": *[_type in ["post", "podcastEpisode", "resource", "topic", "page", "person"] && ${isPublished}] | order(_id asc){
    _id,
    _type,
    "title": coalesce(title, name),
    "slug": slug.current,
    kind,
    previousPaths
  },
  "redirects": *[_type == "redirect" && ${isPublished}] | order(from asc, _id asc)${redirectProjection}
}`);

/**
 * Published posts and episodes that the queries above cannot place in time (no or unreadable
 * publishedAt): they would vanish from the site without a word, so the loader reports them.
 */
export const undatedQuery =
  defineQuery(`*[_type in ["post", "podcastEpisode"] && ${isPublished} && !defined(dateTime(publishedAt))] | order(_id asc){
  _id,
  _type,
  publishedAt
}`);

/**
 * References whose target does not exist as a published document (deleted, or only a draft).
 * The site leaves those links out; the loader names each one so an editor can fix it.
 */
export const danglingReferencesQuery =
  defineQuery(`*[_type in ["post", "podcastEpisode", "resource", "page", "podcast"] && ${isPublished}] | order(_id asc){
  _id,
  _type,
  "author": select(defined(author._ref) && !defined(author->_id) => [author._ref], []),
  "topics": topics[!defined(@->_id)]._ref,
  "relatedEpisodes": relatedEpisodes[!defined(@->_id)]._ref,
  "relatedResources": relatedResources[!defined(@->_id)]._ref,
  "relatedPosts": relatedPosts[!defined(@->_id)]._ref,
  "guests": guests[!defined(@->_id)]._ref,
  "hosts": hosts[!defined(@->_id)]._ref,
  "trailer": select(defined(trailer._ref) && !defined(trailer->_id) => [trailer._ref], []),
  "body": body[].markDefs[_type == "internalLink" && !defined(reference->_id)].reference._ref,
  "showNotes": showNotes[].markDefs[_type == "internalLink" && !defined(reference->_id)].reference._ref
}`);
