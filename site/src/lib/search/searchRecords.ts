import type { Episode, Post, Resource } from '@frm/content';
import type { EpisodeTranscriptText } from '../transcript/episodeTranscript.ts';
import type { SearchKind } from '../searchKinds.ts';
import { paths } from '../urls.ts';
import { portableTextBlocks, searchText } from './searchText.ts';

/** The language of every page (`<html lang>` in BaseLayout.astro) and so of the search index. */
export const SEARCH_LANGUAGE = 'en';

/** One searchable page, as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** What the search page shows: the title (the page's h1) and the kind of result. */
  meta: { title: string; kind: SearchKind };
  /** The search page's kind filter. */
  filters: { kind: [SearchKind] };
}

const record = (kind: SearchKind, url: string, title: string, body: Array<string | null | undefined>): SearchRecord => ({
  url,
  content: searchText([title, ...body]),
  language: SEARCH_LANGUAGE,
  meta: { title: title.replace(/\s+/g, ' ').trim(), kind },
  filters: { kind: [kind] },
});

/** A post page's search body (blog/[slug].astro): its title, the main image's caption, its body. */
export const postSearchRecord = (post: Post): SearchRecord =>
  record('post', paths.post(post.slug), post.title, [post.mainImage?.asset ? post.mainImage.caption : undefined, ...portableTextBlocks(post.body)]);

/** An episode page's search body (podcast/[slug].astro): title, summary, show notes and transcript. */
export const episodeSearchRecord = (episode: Episode, transcript: EpisodeTranscriptText | undefined): SearchRecord =>
  record('episode', paths.episode(episode.slug), episode.title, [
    episode.summary,
    ...portableTextBlocks(episode.showNotes),
    ...(transcript?.paragraphs ?? []).map((p) => (p.speaker ? `${p.speaker}: ${p.text}` : p.text)),
  ]);

/** The resources page's search body (resources/index.astro): each resource's title and description, in the page's order. */
export const resourcesSearchRecord = (resources: Resource[]): SearchRecord =>
  record('resource', paths.resources(), 'Resources', resources.flatMap((r) => [r.title, r.description]));
