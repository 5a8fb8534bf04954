import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Stryker runs a mutant's tests one file at a time and stops at the first failure, so the file
 * most likely to kill it should go first: a file that failed on an earlier mutant (mutants sit
 * next to each other), then the quickest. Vitest's own order is the slowest first.
 */
class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const result = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec);
    const failed = (spec: TestSpecification) => (result(spec)?.failed ? 0 : 1);
    const duration = (spec: TestSpecification) => result(spec)?.duration ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => failed(a) - failed(b) || duration(a) - duration(b));
  }
}

// The Vitest settings Stryker runs a package's tests with (see stryker.base.mjs): rooted at the
// package being mutated (Stryker's sandbox copy of it), with room for a loaded machine, since
// Stryker runs the suite under its own instrumentation next to other work.
export default defineConfig({
  root: process.cwd(),
  test: {
    // Unit tests only: the importer's test/ round trip builds the whole site, too slow per mutant.
    include: ['src/**/*.test.ts'],
    // Scenario tests (`scenarioIt` in packages/importer/src/testing.ts) skip themselves when set.
    env: { FRM_MUTATION_RUN: '1' },
    sequence: { sequencer: QuickFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
