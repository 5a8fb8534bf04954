export {
  podcastFeed,
  feedEpisodes,
  namespaces,
  DESCRIPTION_MAX_BYTES,
  type PodcastFeedInput,
  type PodcastFeedUrls,
} from './podcastFeed.ts';
export { sitePodcastFeedUrls } from './sitePodcastFeedUrls.ts';
export {
  feedProblems,
  feedWarnings,
  assertFeedPublishable,
  isValidArtwork,
  ARTWORK_MIN,
  ARTWORK_MAX,
} from './feedProblems.ts';
export { chaptersFile, chaptersJson, CHAPTERS_MIME_TYPE, type ChaptersFile } from './chaptersJson.ts';
export { portableTextHtml, portableTextPlain, type FeedHtmlOptions, type LinkTarget } from './portableTextHtml.ts';
export { podcastGuid, PODCAST_GUID_NAMESPACE } from './podcastGuid.ts';
export { episodeGuid } from './episodeGuid.ts';
export { appleCategoryProblem, isAppleCategory, isAppleSubcategory } from './appleCategories.ts';
export { rfc2822 } from './rfc2822.ts';
export { truncateUtf8, xmlSafe, utf8Length } from './xmlText.ts';
export { blogFeed, BLOG_FEED_POSTS, type BlogFeedChannel, type BlogFeedOptions } from './blogFeed.ts';
