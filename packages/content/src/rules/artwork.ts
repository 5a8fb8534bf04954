/** Apple Podcasts' artwork rule (Spotify follows it): square, 1400 to 3000 pixels a side. */
export const ARTWORK_MIN = 1400;
export const ARTWORK_MAX = 3000;

export const isPodcastArtworkSize = (width: number, height: number) =>
  width === height && width >= ARTWORK_MIN && width <= ARTWORK_MAX;
