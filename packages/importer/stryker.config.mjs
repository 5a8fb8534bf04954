import { mutationConfig } from '../../stryker.base.mjs';

// What an imported episode's identity and enclosure rest on (document ids, GUIDs, audio, dates)
// and what is written to the Content Lake. Feed parsing, show settings, chapters and the CLI
// wrappers are left out to keep a run short on a shared machine.
//
// Three whole-import scenarios skip themselves in this run (`scenarioIt`, see src/testing.ts):
// each takes seconds and perTest coverage would run it again for nearly every mutant. `pnpm test`
// runs them. The code they reach here is covered by faster tests:
// - "imports a feed of 1,000 items" (importPodcast.test.ts): distinct ids for 1,000 GUIDs in
//   ids.test.ts, every field and report line of one item in episodes/mapEpisode.test.ts;
// - "splits a large import into transactions of at most 100 mutations" (contentLake.test.ts) and
//   "when a later transaction fails, keeps the earlier ones" (contentLakeStandIn.test.ts): the same
//   batching, refusal message and re-run in output/contentLakeWriter.test.ts, with a batch size of 3.
export default mutationConfig({
  mutate: [
    'src/ids.ts',
    'src/dates.ts',
    'src/episodes/audio.ts',
    'src/episodes/mapEpisode.ts',
    'src/output/contentLake.ts',
    '!src/**/*.test.ts',
  ],
});
