import { DEFAULT_API_VERSION } from '@frm/content/studio-env';
import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { StatusDotsLegend } from './components/StatusDotsLegend.tsx';

export const STRUCTURE_API_VERSION = DEFAULT_API_VERSION;

/** A singleton opens its one document directly instead of a list. */
const singleton = (S: StructureBuilder, type: string, title: string) =>
  S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(S.document().schemaType(type).documentId(type).title(title));

const episodeList = (S: StructureBuilder, id: string, title: string) =>
  S.documentList().id(id).title(title).schemaType('podcastEpisode').apiVersion(STRUCTURE_API_VERSION);

/** Seasons that have episodes (drafts included), newest first. */
export const SEASONS_QUERY = 'array::unique(*[_type == "podcastEpisode" && defined(season)].season)';

/** One list item per season, plus episodes without a season. */
export function seasonList(S: StructureBuilder, seasons: readonly unknown[]) {
  const numbers = seasons.filter((s): s is number => typeof s === 'number').sort((a, b) => b - a);
  return S.list()
    .id('episodesBySeason')
    .title('Episodes by season')
    .items([
      ...numbers.map((season) =>
        S.listItem()
          .id(`season-${season}`)
          .title(`Season ${season}`)
          .schemaType('podcastEpisode')
          .child(
            episodeList(S, `season-${season}`, `Season ${season}`)
              .filter('_type == "podcastEpisode" && season == $season')
              .params({ season })
              .defaultOrdering([{ field: 'episodeNumber', direction: 'asc' }]),
          ),
      ),
      S.listItem()
        .id('no-season')
        .title('No season')
        .schemaType('podcastEpisode')
        .child(
          episodeList(S, 'no-season', 'No season')
            .filter('_type == "podcastEpisode" && !defined(season)')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
    ]);
}

/** The desk, grouped the way ministry staff think about the site. */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .id('content')
    .title('Content')
    .items([
      S.listItem()
        .id('blog')
        .title('Blog')
        .child(
          S.list()
            .id('blog')
            .title('Blog')
            .items([
              S.documentTypeListItem('post').title('Posts'),
              S.documentTypeListItem('topic').title('Topics'),
              S.documentTypeListItem('person').title('People'),
            ]),
        ),
      S.listItem()
        .id('podcastSection')
        .title('Podcast')
        .child(
          S.list()
            .id('podcastSection')
            .title('Podcast')
            .items([
              singleton(S, 'podcast', 'Show settings'),
              S.listItem()
                .id('podcastEpisode')
                .title('Episodes')
                .schemaType('podcastEpisode')
                .child(
                  episodeList(S, 'podcastEpisode', 'Episodes')
                    .filter('_type == "podcastEpisode"')
                    .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
                ),
              S.listItem()
                .id('episodesBySeason')
                .title('Episodes by season')
                .child(async () => {
                  const seasons = await context
                    .getClient({ apiVersion: STRUCTURE_API_VERSION })
                    .fetch<unknown[]>(SEASONS_QUERY);
                  return seasonList(S, seasons ?? []);
                }),
            ]),
        ),
      S.documentTypeListItem('resource').title('Resources'),
      S.documentTypeListItem('page').title('Pages'),
      S.divider(),
      singleton(S, 'siteSettings', 'Site settings'),
      S.documentTypeListItem('redirect').title('Redirects'),
      S.listItem()
        .id('statusDots')
        .title('What the dots mean')
        .icon(HelpCircleIcon)
        .child(S.component(StatusDotsLegend).id('statusDotsLegend').title('What the dots mean')),
    ]);
