import { defineConfig } from 'vitest/config';

// The Vitest settings Stryker runs a package's tests with (see stryker.base.mjs): rooted at the
// package being mutated (Stryker's sandbox copy of it), with room for a loaded machine, since
// Stryker runs the suite under its own instrumentation next to other work.
export default defineConfig({
  root: process.cwd(),
  test: {
    // Unit tests only: the importer's test/ round trip builds the whole site, too slow per mutant.
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
