import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finalizeDocument, type SeedDocument } from '@frm/content/documentKeys';
import { writeExport } from '@frm/content/writeExport';

/*
 * Writes imported documents as a folder in Sanity's export format (data.ndjson + images/ + files/),
 * optionally merged into an existing export: documents with the same `_id` are replaced (the
 * `podcast` singleton is merged field by field, so uploaded artwork and links stay), every other
 * document and asset file is kept. The site builds from the result with LOCAL_DATASET=<folder>, and
 * `sanity dataset import <folder>/data.ndjson` loads it.
 */

/** An asset file of an export (path relative to its root, and bytes). */
export type AssetFile = Parameters<typeof writeExport>[2][number];

export interface ExportDocuments {
  documents: SeedDocument[];
  /** Documents merged field by field into an existing one with the same `_id` (the show settings). */
  mergeDocuments?: SeedDocument[];
  /** Asset files the documents point at (downloaded artwork and transcripts). */
  assets?: AssetFile[];
}

export interface ExistingExport {
  documents: SeedDocument[];
  assets: AssetFile[];
}

/** Reads an export folder (data.ndjson plus its images/ and files/). */
export async function readExportFolder(folder: string): Promise<ExistingExport> {
  let text: string;
  try {
    text = await readFile(join(folder, 'data.ndjson'), 'utf8');
  } catch {
    throw new Error(`${folder} is not an export folder: it has no data.ndjson`);
  }
  const documents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as SeedDocument;
      } catch {
        throw new Error(`${join(folder, 'data.ndjson')} line ${i + 1} is not JSON`);
      }
    });
  const assets: AssetFile[] = [];
  for (const sub of ['images', 'files']) {
    let names: string[];
    try {
      names = await readdir(join(folder, sub));
    } catch {
      continue;
    }
    for (const name of names.sort())
      assets.push({ path: `${sub}/${name}`, bytes: await readFile(join(folder, sub, name)) });
  }
  return { documents, assets };
}

const SYSTEM_FIELDS = new Set(['_createdAt', '_updatedAt', '_rev']);
const withoutSystemFields = (doc: SeedDocument): SeedDocument =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key))) as SeedDocument;

/** Combines an existing export with imported documents (see the file comment); the imported ones get keys and system fields. */
export function mergeDocuments(
  base: SeedDocument[],
  imported: ExportDocuments,
  createdAtOf: (doc: SeedDocument) => string,
): SeedDocument[] {
  const byId = new Map(base.map((doc) => [doc._id, doc]));
  const result = new Map(base.map((doc) => [doc._id, doc]));
  for (const doc of imported.documents) {
    const existing = byId.get(doc._id);
    const createdAt = typeof existing?._createdAt === 'string' ? existing._createdAt : createdAtOf(doc);
    result.set(doc._id, finalizeDocument(doc, createdAt));
  }
  for (const doc of imported.mergeDocuments ?? []) {
    const existing = byId.get(doc._id);
    const merged = existing ? { ...withoutSystemFields(existing), ...doc } : doc;
    const createdAt = typeof existing?._createdAt === 'string' ? existing._createdAt : createdAtOf(doc);
    result.set(doc._id, finalizeDocument(merged, createdAt));
  }
  return [...result.values()];
}

/** Writes the export folder; with `mergeInto`, that export's documents and assets are carried over. */
export async function writeImportExport(
  out: string,
  imported: ExportDocuments,
  createdAtOf: (doc: SeedDocument) => string,
  mergeInto?: string,
): Promise<number> {
  const base = mergeInto ? await readExportFolder(mergeInto) : { documents: [], assets: [] };
  const documents = mergeDocuments(base.documents, imported, createdAtOf);
  const added = imported.assets ?? [];
  const paths = new Set(added.map((asset) => asset.path));
  await writeExport(out, documents, [...base.assets.filter((asset) => !paths.has(asset.path)), ...added]);
  return documents.length;
}
