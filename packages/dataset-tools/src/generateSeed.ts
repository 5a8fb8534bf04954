/*
 * Regenerates the seed dataset in ./seed (`pnpm seed`). The output is deterministic: running it
 * twice gives byte-identical files, which a test checks.
 */
import { buildSeed } from './seedDocuments.ts';
import { seedDatasetPath } from './seedDatasetPath.ts';
import { writeExport } from '@frm/content/writeExport';

const target = process.argv[2] ?? seedDatasetPath;
const seed = await buildSeed();
await writeExport(target, seed.documents, seed.assets);
console.log(`Seed dataset: ${seed.documents.length} documents, ${seed.assets.length} assets -> ${target}`);
