import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// `vitest run` at the root runs the unit tests of packages/* and the site; the studio's run in
// `pnpm test:studio` (with `sanity build` and schema validation), so they are not run twice.
// The timeouts fit a loaded 2-core machine: at a load of 15 (seven builds at once) a test that
// takes 3.5 s alone took 26 s. Tests that spawn a process or build the site set their own, longer
// ones. Timeouts catch hangs; speed is measured by `pnpm bench`, never asserted in a test.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Each package as its own project, named as in package.json, with the timeouts above.
      ...readdirSync('packages', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map(({ name }) => ({
          extends: true as const,
          test: {
            name: (JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as { name: string }).name,
            root: `packages/${name}`,
          },
        })),
      'site',
    ],
  },
});
