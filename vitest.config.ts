import { defineConfig } from 'vitest/config';

// `vitest run` at the root runs the unit tests of packages/* and the site; the studio's run in
// `pnpm test:studio` (with `sanity build` and schema validation), so they are not run twice.
export default defineConfig({
  test: {
    projects: ['packages/*', 'site'],
  },
});
