import type { SeedDocument } from '@frm/dataset-tools/keys';
import { clientFor, targetFromEnv, writeToContentLake } from '../output/contentLake.ts';
import { readExportFolder, writeImportExport } from '../output/exportFolder.ts';
import { FolderError, importPosts } from '../posts/importPosts.ts';
import { parseArgs, resolveFrom, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import type { CommandOptions } from './podcastCommand.ts';

export const POSTS_USAGE = `Usage: pnpm import:posts <folder of .md / .html files> [--out <export folder>] [--merge-into <existing export>] [--to-content-lake] [--json]

  Title: front matter "title", else <title> / og:title, else the first h1.
  Date: front matter "date", else article:published_time / <time datetime>, else a YYYY-MM-DD- file name.
  --out, --merge-into and --to-content-lake work as for import:podcast.`;

/** `import:posts`; returns the exit code (0 done, 1 unreadable folder or failed write, 2 usage). */
export async function runPostsCommand(argv: string[], io: CliIo, options: CommandOptions = {}): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.out(POSTS_USAGE);
      return 0;
    }
    if (args.input === null) throw new UsageError('give the folder of posts to import');
    if (args.mergeInto && !args.out) throw new UsageError('--merge-into needs --out <folder> for the merged export');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`import:posts: ${error.message}\n\n${POSTS_USAGE}`);
    return 2;
  }
  try {
    const folder = resolveFrom(io.cwd, args.input);
    const mergeInto = args.mergeInto ? resolveFrom(io.cwd, args.mergeInto) : null;
    const base = mergeInto ? await readExportFolder(mergeInto) : null;
    const takenSlugs = (base?.documents ?? [])
      .filter((doc) => doc._type === 'post' && !doc._id.startsWith('post-import-'))
      .map((doc) => (doc.slug as { current?: unknown } | undefined)?.current)
      .filter((slug): slug is string => typeof slug === 'string');
    const { posts, report } = await importPosts(folder, { takenSlugs });
    const documents = posts as SeedDocument[];
    const written: string[] = [];
    if (args.out) {
      const out = resolveFrom(io.cwd, args.out);
      const count = await writeImportExport(out, { documents }, (doc) => String(doc.publishedAt), mergeInto ?? undefined);
      written.push(`Wrote ${out}/data.ndjson (${count} documents${mergeInto ? `, merged into ${mergeInto}` : ''}).`);
    }
    if (args.toContentLake) {
      const target = options.contentLake ?? targetFromEnv(io.env);
      const transactions = await writeToContentLake(clientFor(target), { documents });
      written.push(`Wrote ${documents.length} documents to ${target.projectId}/${target.dataset} in ${transactions} transaction${transactions === 1 ? '' : 's'}.`);
    }
    if (args.json) io.out(JSON.stringify(report.toJSON(), null, 2));
    else io.out(report.toText(`Posts import from ${folder}`));
    for (const line of written) io.out(line);
    if (!args.out && !args.toContentLake) io.out('Nothing written (dry run): add --out <folder> or --to-content-lake.');
    return 0;
  } catch (error) {
    io.err(`import:posts: ${error instanceof FolderError ? 'cannot import: ' : 'failed: '}${(error as Error).message}`);
    return 1;
  }
}
