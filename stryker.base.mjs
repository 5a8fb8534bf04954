// Mutation testing (`pnpm test:mutation`, not part of `pnpm test`): Stryker changes the code of one
// package at a time and runs that package's Vitest tests against each change; a change no test
// notices ("survived") is a gap in the tests. Each package's stryker.config.mjs names what to mutate.

import { fileURLToPath } from 'node:url';

/** @param {{ mutate: string[] }} options */
export function mutationConfig({ mutate }) {
  /** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
  const config = {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: fileURLToPath(new URL('./vitest.mutation.config.ts', import.meta.url)) },
    mutate,
    // perTest: each mutant runs only the tests that reach its code.
    coverageAnalysis: 'perTest',
    // The machine running it is often shared: two test processes at most.
    concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
    timeoutMS: 30_000,
    // The first run of the whole suite, instrumented, on a shared machine (default 5 minutes).
    dryRunTimeoutMinutes: 20,
    timeoutFactor: 3,
    // Incremental: a re-run only tests mutants in code or tests that changed since the last local run.
    // Reports (reports/mutation/: mutation.html, mutation.json) stay out of git; docs/testing.md keeps the scores.
    incremental: true,
    incrementalFile: 'reports/mutation/stryker-incremental.json',
    reporters: ['clear-text', 'progress', 'json', 'html'],
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
  return config;
}
