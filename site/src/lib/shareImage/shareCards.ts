import { basename } from 'node:path';
import { assetDownloadUrl, resourceKindTitle, type SiteContent } from '@frm/content';
import { episodeLabel } from '../episodes.ts';
import { paths } from '../urls.ts';
import { postOwnImage, shareCardPath } from './shareImage.ts';

/** The show's artwork on a card: its asset id (which names its bytes) and where to read them. */
export interface CardArt {
  id: string;
  /** The embedded export's file, else where to download the Content Lake's asset (360 px square). */
  file?: string | undefined;
  url: string;
}

/** What a generated card shows, and where it is served (under /og/). */
export interface ShareCardSpec {
  path: string;
  title: string;
  /** The line above the title: the show's name, or "Blog". */
  kicker: string;
  siteName: string;
  art: CardArt | null;
}

/**
 * Every generated card: posts without a share image or main image, episodes without their own
 * image (their card shows the show's artwork), resources without an image. The pages point
 * og:image at the same paths (shareImage.ts). `media` maps the embedded export's files by name.
 */
export function shareCardsOf(content: SiteContent, media: ReadonlyMap<string, string>): ShareCardSpec[] {
  const siteName = content.siteSettings.title;
  const podcast = content.podcast;
  const artAsset = podcast.artwork?.asset;
  const art: CardArt | null = artAsset?.url
    ? {
        id: artAsset._id,
        file: media.get(basename(artAsset.url)),
        url: `${assetDownloadUrl(artAsset.url, process.env)}?w=360&h=360&fit=crop`,
      }
    : null;
  return [
    ...content.posts
      .filter((post) => !postOwnImage(post))
      .map((post) => ({ path: paths.post(post.slug), title: post.title, kicker: 'Blog', art: null })),
    ...content.episodes
      .filter((episode) => !episode.image?.asset)
      .map((episode) => {
        const label = episodeLabel(episode);
        return {
          path: paths.episode(episode.slug),
          title: episode.title,
          kicker: label ? `${podcast.title} · ${label}` : podcast.title,
          art,
        };
      }),
    ...content.resources
      .filter((resource) => !resource.image?.asset)
      .map((resource) => ({
        path: paths.resource(resource.kind, resource.slug),
        title: resource.title,
        kicker: `Resources · ${resourceKindTitle(resource.kind)}`,
        art: null,
      })),
  ].map((card) => ({ ...card, path: shareCardPath(card.path), siteName }));
}
