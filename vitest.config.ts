import { defineConfig } from 'vitest/config';

// One `vitest run` at the root runs every package's unit tests.
export default defineConfig({
  test: {
    projects: ['packages/*', 'site', 'studio'],
  },
});
