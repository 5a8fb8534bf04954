import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { extract } from 'tar';
import { ContentError, type ContentProblem } from '../report/contentProblems.ts';
import { resolveAssets } from './resolveAssets.ts';
import type { SanityDocumentLike } from './types.ts';

/** A dataset in Sanity's export format, loaded into memory with its assets resolved. */
export interface DatasetExport {
  /** Folder that holds data.ndjson, images/ and files/. */
  readonly root: string;
  /** Documents with `_sanityAsset` values turned into asset references, plus the asset documents. */
  readonly documents: SanityDocumentLike[];
}

/**
 * Reads an export folder or `.tar.gz` archive as written by `sanity dataset export`.
 * Every unreadable line or missing asset file is collected and thrown as one ContentError.
 */
export async function readDatasetExport(path: string): Promise<DatasetExport> {
  const root = await exportRoot(resolve(path));
  const ndjsonPath = join(root, 'data.ndjson');
  const problems: ContentProblem[] = [];
  const raw: SanityDocumentLike[] = [];
  // Synchronous: the build's event loop is busy, and the file is read once.
  readFileSync(ndjsonPath, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return;
      const doc = parseDocumentLine(text, index + 1, ndjsonPath, problems);
      if (doc) raw.push(doc);
    });
  const { documents, problems: assetProblems } = resolveAssets(raw, root);
  problems.push(...assetProblems);
  if (problems.length > 0) throw new ContentError(`The dataset export at ${path} cannot be read`, problems);
  return { root, documents };
}

/** One line's document, or undefined with the problem recorded (not JSON, no string _id and _type). */
function parseDocumentLine(
  text: string,
  lineNumber: number,
  ndjsonPath: string,
  problems: ContentProblem[],
): SanityDocumentLike | undefined {
  try {
    const doc = JSON.parse(text) as SanityDocumentLike;
    if (typeof doc?._id === 'string' && typeof doc._type === 'string') return doc;
    problems.push({
      id: `line ${lineNumber}`,
      type: 'unknown',
      path: '_id',
      message: `${ndjsonPath}: a document needs string _id and _type`,
    });
  } catch (error) {
    problems.push({
      id: `line ${lineNumber}`,
      type: 'unknown',
      path: '',
      message: `${ndjsonPath}: not valid JSON (${(error as Error).message})`,
    });
  }
  return undefined;
}

/** The folder holding data.ndjson, images/ and files/ of an export folder or archive (unpacked once). */
export async function exportRoot(path: string): Promise<string> {
  if (!existsSync(path)) {
    throw new Error(
      `LOCAL_DATASET: no dataset export at ${path}. Point it at a folder holding data.ndjson or a .tar.gz from \`sanity dataset export\`.`,
    );
  }
  const info = statSync(path);
  const folder = info.isDirectory() ? path : await unpackArchive(path, info.mtimeMs, info.size);
  const found = await findNdjsonFolder(folder, 2);
  if (!found)
    throw new Error(
      `LOCAL_DATASET: ${path} holds no data.ndjson. Use the folder or .tar.gz that \`sanity dataset export\` wrote.`,
    );
  return found;
}

/** Unpacks once per archive version into the OS temp folder, so rebuilds reuse it. */
async function unpackArchive(archive: string, mtimeMs: number, size: number): Promise<string> {
  const key = createHash('sha1').update(`${archive}:${mtimeMs}:${size}`).digest('hex').slice(0, 16);
  const target = join(tmpdir(), 'frm-dataset', `${basename(archive).replace(/\W+/g, '-')}-${key}`);
  if (existsSync(target)) return target;
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  // tar detects the compression itself.
  await extract({ file: archive, cwd: staging });
  await mkdir(dirname(target), { recursive: true });
  await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
    // Another build unpacked the same archive first.
    if (existsSync(target)) await rm(staging, { recursive: true, force: true });
    else throw error;
  });
  return target;
}

async function findNdjsonFolder(folder: string, depth: number): Promise<string | undefined> {
  if (existsSync(join(folder, 'data.ndjson'))) return folder;
  if (depth === 0) return undefined;
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const found = await findNdjsonFolder(join(folder, entry.name), depth - 1);
    if (found) return found;
  }
  return undefined;
}
