import type { ImageField } from '@frm/content';
import { episodesNewestFirst, podcastSettings, postsNewestFirst, siteSettings } from '../collections.ts';
import { episodeLabel } from '../episodes.ts';
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
 * Every generated card, by its path under /og/: posts without a share image or main image, and
 * episodes without their own image (their card shows the show's artwork).
 */
export async function shareCards(): Promise<Array<{ path: string; card: ShareCardContent }>> {
  const [settings, podcast, posts, episodes] = await Promise.all([
    siteSettings(),
    podcastSettings(),
    postsNewestFirst(),
    episodesNewestFirst(),
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
  ];
}
