/*
 * Child process of runBench: times the podcast feed for one dataset's episodes with the feeds
 * package's pure builder, if packages/feeds/src/podcastFeed.ts exists yet. Prints one JSON line:
 * { measured: false, reason } when it cannot be measured.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEmbeddedSource, loadContent } from '@frm/content';

const [dataset, now = '2026-11-01T00:00:00Z'] = process.argv.slice(2);
if (!dataset) throw new Error('usage: node src/feedTime.ts <dataset folder> [now]');

const modulePath = fileURLToPath(new URL('../../feeds/src/podcastFeed.ts', import.meta.url));
if (!existsSync(modulePath)) {
  console.log(JSON.stringify({ measured: false, reason: 'packages/feeds/src/podcastFeed.ts does not exist yet' }));
  process.exit(0);
}
const feeds = (await import(modulePath)) as Record<string, unknown>;
const name = ['podcastFeed', 'buildPodcastFeed'].find((key) => typeof feeds[key] === 'function');
if (!name) {
  console.log(JSON.stringify({ measured: false, reason: `podcastFeed.ts exports no podcastFeed function (exports: ${Object.keys(feeds).join(', ') || 'none'})` }));
  process.exit(0);
}
const build = feeds[name] as (input: unknown) => unknown;
const content = await loadContent(await createEmbeddedSource(dataset), { now: new Date(now), onWarning: () => {} });
type Slugged = { slug: string };
// The input of packages/feeds' podcastFeed (PodcastFeedInput), with the site's URL conventions.
const input = {
  podcast: content.podcast,
  episodes: content.episodes,
  site: { url: 'https://familyroommission.org' },
  now: new Date(now),
  urls: {
    feed: '/podcast/feed.xml',
    podcastPage: '/podcast/',
    episodePage: (episode: Slugged) => `/podcast/${episode.slug}/`,
    chapters: (episode: Slugged) => `/podcast/chapters/${episode.slug}.json`,
    transcript: () => undefined,
    person: (person: Slugged) => `/people/${person.slug}/`,
    internalLink: (target: { _type: string; slug: string | null }) => (target.slug ? (target._type === 'post' ? `/blog/${target.slug}/` : `/podcast/${target.slug}/`) : undefined),
  },
};
try {
  // One warm-up, then the median of five.
  await build(input);
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const xml = await build(input);
    times.push(performance.now() - started);
    chars = typeof xml === 'string' ? xml.length : 0;
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ measured: true, function: `${name} (packages/feeds/src/podcastFeed.ts)`, episodes: content.episodes.length, ms: times[2], xmlChars: chars }));
} catch (error) {
  console.log(JSON.stringify({ measured: false, reason: `${name}() failed: ${(error as Error).message.split('\n')[0]}` }));
}
