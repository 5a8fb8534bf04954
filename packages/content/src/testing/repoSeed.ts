import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's seed export (packages/dataset-tools/seed/), for tests of this package. Found by
 * walking up from here, not by a fixed relative path: the mutation run (Stryker) runs the tests
 * from a copy of the package in packages/content/.stryker-tmp/<sandbox>/. (@frm/dataset-tools
 * cannot be imported: it depends on this package.)
 */
export function repoSeedPath(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const seed = join(dir, 'packages', 'dataset-tools', 'seed');
    if (existsSync(join(seed, 'data.ndjson'))) return `${seed}/`;
    if (dirname(dir) === dir) throw new Error(`No packages/dataset-tools/seed/data.ndjson in any folder above ${from}`);
  }
}
