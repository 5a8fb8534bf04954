import type { SeedDocument } from '@frm/dataset-tools/keys';
import { FeedError } from '../feed/feedError.ts';
import { readFeed } from '../feed/readFeed.ts';
import { importPodcast } from '../importPodcast.ts';
import { clientFor, targetFromEnv, writeToContentLake, type ContentLakeTarget } from '../output/contentLake.ts';
import { readExportFolder, writeImportExport } from '../output/exportFolder.ts';
import { parseArgs, resolveFrom, UsageError } from './args.ts';
import type { CliIo } from './io.ts';

export const PODCAST_USAGE = `Usage: pnpm import:podcast <feed file or URL> [--out <export folder>] [--merge-into <existing export>] [--to-content-lake] [--json]

  --out <folder>        write the show settings and episodes as a Sanity export folder (data.ndjson)
  --merge-into <export> start from this export (e.g. packages/dataset-tools/seed or an unpacked
                        \`sanity dataset export\`): its documents and assets are kept, imported ones replace
                        documents with the same id. The site needs siteSettings, so build from a merged export.
  --to-content-lake     write to SANITY_PROJECT_ID / SANITY_DATASET with SANITY_API_WRITE_TOKEN
  --json                print the report as JSON
Without --out or --to-content-lake nothing is written: the report shows what would be imported.`;

const FALLBACK_CREATED_AT = '2000-01-01T00:00:00Z';

export interface CommandOptions {
  /** Overrides the Content Lake target from the environment (tests: a local server). */
  contentLake?: ContentLakeTarget;
}

/** `import:podcast`; returns the exit code (0 done, 1 unreadable feed or failed write, 2 usage). */
export async function runPodcastCommand(argv: string[], io: CliIo, options: CommandOptions = {}): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.out(PODCAST_USAGE);
      return 0;
    }
    if (args.input === null) throw new UsageError('give the feed file or URL to import');
    if (args.mergeInto && !args.out) throw new UsageError('--merge-into needs --out <folder> for the merged export');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`import:podcast: ${error.message}\n\n${PODCAST_USAGE}`);
    return 2;
  }
  try {
    const feed = await readFeed(args.input, io.cwd);
    const mergeInto = args.mergeInto ? resolveFrom(io.cwd, args.mergeInto) : null;
    const base = mergeInto ? await readExportFolder(mergeInto) : null;
    const takenSlugs = (base?.documents ?? [])
      .filter((doc) => doc._type === 'podcastEpisode' && !doc._id.startsWith('episode-import-'))
      .map((doc) => (doc.slug as { current?: unknown } | undefined)?.current)
      .filter((slug): slug is string => typeof slug === 'string');
    const result = await importPodcast(feed, { takenSlugs });
    const episodes = result.episodes as SeedDocument[];
    const latest = result.episodes.map((e) => e.publishedAt).sort().at(-1) ?? FALLBACK_CREATED_AT;
    const createdAtOf = (doc: SeedDocument) => (typeof doc.publishedAt === 'string' ? doc.publishedAt : latest);
    const written: string[] = [];
    if (args.out) {
      const out = resolveFrom(io.cwd, args.out);
      const count = await writeImportExport(out, { documents: episodes, mergeDocuments: [result.podcast] }, createdAtOf, mergeInto ?? undefined);
      written.push(`Wrote ${out}/data.ndjson (${count} documents${mergeInto ? `, merged into ${mergeInto}` : ''}).`);
      if (!mergeInto) written.push('Note: the site also needs siteSettings; build from an export made with --merge-into, or import this one into the existing dataset.');
    }
    if (args.toContentLake) {
      const target = options.contentLake ?? targetFromEnv(io.env);
      const transactions = await writeToContentLake(clientFor(target), { documents: episodes, mergeDocuments: [result.podcast] });
      written.push(`Wrote ${episodes.length + 1} documents to ${target.projectId}/${target.dataset} in ${transactions} transaction${transactions === 1 ? '' : 's'}.`);
    }
    if (args.json) io.out(JSON.stringify({ ...result.report.toJSON(), podcast: result.podcast._id }, null, 2));
    else io.out(result.report.toText(`Podcast import from ${feed.source}`));
    for (const line of written) io.out(line);
    if (!args.out && !args.toContentLake) io.out('Nothing written (dry run): add --out <folder> or --to-content-lake.');
    return 0;
  } catch (error) {
    if (error instanceof FeedError) {
      io.err(`import:podcast: cannot import: ${error.message}`);
      return 1;
    }
    io.err(`import:podcast: failed: ${(error as Error).message}`);
    return 1;
  }
}
