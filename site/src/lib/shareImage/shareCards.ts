import type { ImageField } from '@frm/content';
import { readEnv } from '@frm/content/env';
import { episodesNewestFirst, podcastSettings, postsNewestFirst, siteSettings } from '../collections.ts';
import { episodeLabel } from '../episodes.ts';
import { resourceKindTitle, resourcesInOrder } from '../resources.ts';
import { paths } from '../urls.ts';
import { postOwnImage, shareCardPath } from './shareImage.ts';

/** What a generated card shows; the art is an image asset, read when the card is rendered. */
export interface ShareCardContent {
  title: string;
  kicker: string;
  siteName: string;
  art: NonNullable<ImageField['asset']> | null;
}

/**
 * Every generated card, by its path under /og/: posts without a share image or main image,
 * episodes without their own image (their card shows the show's artwork), resources without an image.
 */
export async function shareCards(): Promise<Array<{ path: string; card: ShareCardContent }>> {
  if (!readEnv().shareCards) return [];
  const [settings, podcast, posts, episodes, { resources }] = await Promise.all([
    siteSettings(),
    podcastSettings(),
    postsNewestFirst(),
    episodesNewestFirst(),
    resourcesInOrder(),
  ]);
  const siteName = settings.title;
  return [
    ...posts
      .filter(({ data: post }) => !postOwnImage(post))
      .map(({ data: post }) => ({
        path: shareCardPath(paths.post(post.slug)),
        card: { title: post.title, kicker: 'Blog', siteName, art: null },
      })),
    ...episodes
      .filter(({ data: episode }) => !episode.image?.asset)
      .map(({ data: episode }) => {
        const label = episodeLabel(episode);
        return {
          path: shareCardPath(paths.episode(episode.slug)),
          card: {
            title: episode.title,
            kicker: label ? `${podcast.title} · ${label}` : podcast.title,
            siteName,
            art: podcast.artwork?.asset ?? null,
          },
        };
      }),
    ...resources
      .filter((resource) => !resource.image?.asset)
      .map((resource) => ({
        path: shareCardPath(paths.resource(resource.kind, resource.slug)),
        card: { title: resource.title, kicker: `Resources · ${resourceKindTitle(resource.kind)}`, siteName, art: null },
      })),
  ];
}
