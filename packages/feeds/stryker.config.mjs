import { mutationConfig } from '../../stryker.base.mjs';

// All of src/ but the test helpers, the index and the WebSub command (src/cli/), which is tested
// as a real process (websub.test.ts) that Stryker's in-process coverage cannot see.
//
// Two scenario tests skip themselves in this run (`scenarioIt` from @frm/content/testing/scenario);
// `pnpm test` runs them. The code they reach here is covered by faster tests:
// - "builds a feed of 1,000 episodes" (podcastFeed.test.ts): the order, filter and per-episode tags
//   in the "podcastFeed items" tests, chapters in the Podcasting 2.0 tests;
// - "runs as two commands around the deploy" (websub.test.ts): it spawns src/cli/websub.ts; the
//   publishedFeeds and pingHub code it calls is covered by the other tests in websub.test.ts.
export default mutationConfig({
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/testing/**', '!src/index.ts', '!src/cli/**'],
});
