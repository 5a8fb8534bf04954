/*
 * Child process of runBench: times the podcast feed for one dataset's episodes with the feeds
 * package's pure builder. Prints one JSON line ({ measured: false, reason } when it fails).
 */
import { createEmbeddedSource, loadContent } from '@frm/content';
import { DEFAULT_SITE_URL } from '@frm/content/urls';
import { podcastFeed, sitePodcastFeedUrls } from '@frm/feeds';

const [dataset, now = '2026-11-01T00:00:00Z'] = process.argv.slice(2);
if (!dataset) throw new Error('usage: node src/feedTime.ts <dataset folder> [now]');

const content = await loadContent(await createEmbeddedSource(dataset), { now: new Date(now), onWarning: () => {} });
// The site's feed input (site/src/pages/podcast/feed.xml.ts) with the site's own addresses.
const input = {
  podcast: content.podcast,
  episodes: content.episodes,
  site: { url: DEFAULT_SITE_URL },
  now: new Date(now),
  urls: sitePodcastFeedUrls(() => undefined),
};
try {
  // One warm-up, then the median of five.
  await podcastFeed(input);
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const xml = await podcastFeed(input);
    times.push(performance.now() - started);
    chars = xml.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      measured: true,
      function: 'podcastFeed (packages/feeds/src/podcastFeed.ts)',
      episodes: content.episodes.length,
      ms: times[2],
      xmlChars: chars,
    }),
  );
} catch (error) {
  console.log(
    JSON.stringify({ measured: false, reason: `podcastFeed() failed: ${(error as Error).message.split('\n')[0]}` }),
  );
}
