import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/*
 * The importer is a production CLI: what it runs must not come from @frm/dataset-tools (the seed
 * and test tooling, a dev dependency here). Tests and their helper (testing.ts) may use it.
 */
const src = fileURLToPath(new URL('.', import.meta.url));
const runtimeFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'testing.ts',
);

it('imports nothing from @frm/dataset-tools outside tests', () => {
  expect(runtimeFiles.length).toBeGreaterThan(10);
  const offending = runtimeFiles.filter((file) =>
    /from '@frm\/dataset-tools[/']/.test(readFileSync(join(src, file), 'utf8')),
  );
  expect(offending).toEqual([]);
});
