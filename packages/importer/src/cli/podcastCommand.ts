import type { SeedDocument } from '@frm/content/documentKeys';
import { readEnv } from '@frm/content/env';
import { FeedError } from '../feed/feedError.ts';
import { readFeed } from '../feed/readFeed.ts';
import { importPodcast } from '../importPodcast.ts';
import { remote } from '../remote/remoteFetch.ts';
import {
  failure,
  mergeBase,
  parseCommandArgs,
  printOutcome,
  writeOutputs,
  type CommandOptions,
} from './importCommand.ts';
import type { CliIo } from './io.ts';

export const PODCAST_USAGE = `Usage: pnpm import:podcast <feed file or URL> [--out <export folder>] [--merge-into <existing export>] [--to-content-lake] [--offline] [--json]

  --out <folder>        write the show settings and episodes as a Sanity export folder (data.ndjson)
  --merge-into <export> start from this export (e.g. packages/dataset-tools/seed or an unpacked
                        \`sanity dataset export\`): its documents and assets are kept, imported ones replace
                        documents with the same id. The site needs siteSettings, so build from a merged export.
  --to-content-lake     write to SANITY_PROJECT_ID / SANITY_DATASET with SANITY_API_WRITE_TOKEN
  --offline             download nothing but the feed: lengths and sizes the feed leaves out are not
                        measured from the audio, artwork and transcripts are not downloaded (the report
                        lists each with its address)
  --json                print the report as JSON
Without --out or --to-content-lake nothing is written: the report shows what would be imported.`;

const FALLBACK_CREATED_AT = '2000-01-01T00:00:00Z';

/** `import:podcast`; returns the exit code (0 done, 1 unreadable feed or failed write, 2 usage). */
export async function runPodcastCommand(argv: string[], io: CliIo, options: CommandOptions = {}): Promise<number> {
  const args = parseCommandArgs(argv, io, 'import:podcast', PODCAST_USAGE, 'give the feed file or URL to import');
  if (typeof args === 'number') return args;
  try {
    const feed = await readFeed(args.input, io.cwd);
    const { mergeInto, takenSlugs } = await mergeBase(args, io, 'podcastEpisode', 'episode-import-');
    const result = await importPodcast(feed, {
      takenSlugs,
      remote: args.offline ? null : remote(options.remote),
      siteUrl: readEnv(io.env).siteUrl,
    });
    const latest =
      result.episodes
        .map((e) => e.publishedAt)
        .sort()
        .at(-1) ?? FALLBACK_CREATED_AT;
    const written = await writeOutputs(args, io, options, {
      documents: result.episodes as SeedDocument[],
      mergeDocuments: [result.podcast],
      assets: result.assets,
      createdAtOf: (doc) => (typeof doc.publishedAt === 'string' ? doc.publishedAt : latest),
      mergeInto,
      unmergedNote:
        'Note: the site also needs siteSettings; build from an export made with --merge-into, or import this one into the existing dataset.',
    });
    const report = {
      json: { ...result.report.toJSON(), podcast: result.podcast._id },
      text: result.report.toText(`Podcast import from ${feed.source}`),
    };
    printOutcome(args, io, report, written);
    return 0;
  } catch (error) {
    return failure(io, 'import:podcast', error, error instanceof FeedError);
  }
}
