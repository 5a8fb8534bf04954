import type { SeedDocument } from '@frm/content/documentKeys';
import { clientFor, targetFromEnv, writeToContentLake, type ContentLakeTarget } from '../output/contentLake.ts';
import { readExportFolder, writeImportExport, type AssetFile } from '../output/exportFolder.ts';
import { uploadAssets } from '../output/uploadAssets.ts';
import type { RemoteOptions } from '../remote/remoteFetch.ts';
import { parseArgs, resolveFrom, UsageError, type CliArgs } from './args.ts';
import type { CliIo } from './io.ts';

/** The steps both import commands share: arguments, the export to merge into, writing, failures. */

export interface CommandOptions {
  /** Overrides the Content Lake target from the environment (tests: a local server). */
  contentLake?: ContentLakeTarget;
  /** How audio, artwork and transcripts are downloaded (tests: short timeouts). */
  remote?: RemoteOptions;
}

/** The parsed arguments, or the exit code when the command is done (help: 0, usage error: 2). */
export function parseCommandArgs(
  argv: string[],
  io: CliIo,
  command: string,
  usage: string,
  missingInput: string,
): (CliArgs & { input: string }) | number {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.out(usage);
      return 0;
    }
    if (args.input === null) throw new UsageError(missingInput);
    if (args.mergeInto && !args.out) throw new UsageError('--merge-into needs --out <folder> for the merged export');
    return { ...args, input: args.input };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${command}: ${error.message}\n\n${usage}`);
    return 2;
  }
}

/** The export given with --merge-into (read), and the slugs its own documents of `type` hold. */
export async function mergeBase(args: CliArgs, io: CliIo, type: string, importIdPrefix: string) {
  const mergeInto = args.mergeInto ? resolveFrom(io.cwd, args.mergeInto) : null;
  const base = mergeInto ? await readExportFolder(mergeInto) : null;
  // Slugs of documents that were not imported: an imported one may take its own slug again.
  const takenSlugs = (base?.documents ?? [])
    .filter((doc) => doc._type === type && !doc._id.startsWith(importIdPrefix))
    .map((doc) => (doc.slug as { current?: unknown } | undefined)?.current)
    .filter((slug): slug is string => typeof slug === 'string');
  return { mergeInto, takenSlugs };
}

export interface ImportOutput {
  documents: SeedDocument[];
  /** Documents merged into what is there (the podcast singleton), not replaced. */
  mergeDocuments?: SeedDocument[];
  /** Files the documents point at with `_sanityAsset` (downloaded artwork, transcripts). */
  assets?: AssetFile[];
  createdAtOf: (doc: SeedDocument) => string;
  mergeInto: string | null;
  /** Printed after the export line when the export was not merged into another. */
  unmergedNote?: string;
}

/** Writes the import where --out and --to-content-lake say; returns the lines that say what was written. */
export async function writeOutputs(
  args: CliArgs,
  io: CliIo,
  options: CommandOptions,
  output: ImportOutput,
): Promise<string[]> {
  const { documents, mergeDocuments = [], assets = [], createdAtOf, mergeInto } = output;
  const written: string[] = [];
  if (args.out) {
    const out = resolveFrom(io.cwd, args.out);
    const count = await writeImportExport(
      out,
      { documents, mergeDocuments, assets },
      createdAtOf,
      mergeInto ?? undefined,
    );
    written.push(`Wrote ${out}/data.ndjson (${count} documents${mergeInto ? `, merged into ${mergeInto}` : ''}).`);
    if (!mergeInto && output.unmergedNote) written.push(output.unmergedNote);
  }
  if (args.toContentLake) {
    const target = options.contentLake ?? targetFromEnv(io.env);
    const client = clientFor(target);
    const uploaded = await uploadAssets(client, assets);
    const transactions = await writeToContentLake(client, {
      documents: documents.map(uploaded),
      mergeDocuments: mergeDocuments.map(uploaded),
    });
    written.push(
      `Wrote ${documents.length + mergeDocuments.length} documents to ${target.projectId}/${target.dataset} in ${transactions} transaction${transactions === 1 ? '' : 's'}.`,
    );
  }
  return written;
}

/** Prints the report, then what was written (or that nothing was). */
export function printOutcome(
  args: CliArgs,
  io: CliIo,
  report: { json: unknown; text: string },
  written: string[],
): void {
  if (args.json) io.out(JSON.stringify(report.json, null, 2));
  else io.out(report.text);
  for (const line of written) io.out(line);
  if (!args.out && !args.toContentLake) io.out('Nothing written (dry run): add --out <folder> or --to-content-lake.');
}

/** Exit code 1 with a message: "cannot import" for an unreadable input, "failed" for anything else. */
export function failure(io: CliIo, command: string, error: unknown, unreadableInput: boolean): number {
  io.err(`${command}: ${unreadableInput ? 'cannot import: ' : 'failed: '}${(error as Error).message}`);
  return 1;
}
