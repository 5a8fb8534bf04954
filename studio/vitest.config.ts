import { defineProject } from 'vitest/config';

// Tests default to Node; files that render or load the Studio opt into jsdom with
// `// @vitest-environment jsdom` at the top.
export default defineProject({
  test: {
    name: 'studio',
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'dist/**'],
    // Rendering the Studio in jsdom takes seconds on a loaded 2-core machine; these catch hangs.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
