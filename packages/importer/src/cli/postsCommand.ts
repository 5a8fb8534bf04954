import type { SeedDocument } from '@frm/content/documentKeys';
import { readEnv } from '@frm/content/env';
import { FolderError, importPosts } from '../posts/importPosts.ts';
import { resolveFrom } from './args.ts';
import {
  failure,
  mergeBase,
  parseCommandArgs,
  printOutcome,
  writeOutputs,
  type CommandOptions,
} from './importCommand.ts';
import type { CliIo } from './io.ts';

export const POSTS_USAGE = `Usage: pnpm import:posts <folder of .md / .html files> [--out <export folder>] [--merge-into <existing export>] [--to-content-lake] [--json]

  Title: front matter "title", else <title> / og:title, else the first h1.
  Date: front matter "date", else article:published_time / <time datetime>, else a YYYY-MM-DD- file name.
  --out, --merge-into and --to-content-lake work as for import:podcast.`;

/** `import:posts`; returns the exit code (0 done, 1 unreadable folder or failed write, 2 usage). */
export async function runPostsCommand(argv: string[], io: CliIo, options: CommandOptions = {}): Promise<number> {
  const args = parseCommandArgs(argv, io, 'import:posts', POSTS_USAGE, 'give the folder of posts to import');
  if (typeof args === 'number') return args;
  try {
    const folder = resolveFrom(io.cwd, args.input);
    const { mergeInto, takenSlugs } = await mergeBase(args, io, 'post', 'post-import-');
    const { posts, report } = await importPosts(folder, { takenSlugs, siteUrl: readEnv(io.env).siteUrl });
    const written = await writeOutputs(args, io, options, {
      documents: posts as SeedDocument[],
      createdAtOf: (doc) => String(doc.publishedAt),
      mergeInto,
    });
    printOutcome(args, io, { json: report.toJSON(), text: report.toText(`Posts import from ${folder}`) }, written);
    return 0;
  } catch (error) {
    return failure(io, 'import:posts', error, error instanceof FolderError);
  }
}
