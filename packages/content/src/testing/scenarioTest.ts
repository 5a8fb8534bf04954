import { it } from 'vitest';

/**
 * A whole-scenario test (1,000 items, 250-episode writes, spawned commands) that `pnpm test` runs
 * and the mutation run leaves out: vitest.mutation.config.ts sets FRM_MUTATION_RUN. Each takes
 * seconds and perTest coverage would run it again for nearly every mutant. Use it only where
 * faster unit tests cover the same mutated code, and name them in the package's stryker.config.mjs.
 */
export const scenarioIt = it.skipIf(process.env.FRM_MUTATION_RUN === '1');
