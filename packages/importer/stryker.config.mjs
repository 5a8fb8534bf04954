import { mutationConfig } from '../../stryker.base.mjs';

// The code that decides what an imported episode becomes (ids and GUIDs, enclosure, dates,
// chapters, show settings, feed parsing) and what is written to the Content Lake. The CLI wrappers,
// tested by spawning processes, are left out to keep a run under an hour on a shared machine.
export default mutationConfig({ mutate: ['src/episodes/**/*.ts', 'src/feed/**/*.ts', 'src/show/**/*.ts', 'src/output/contentLake.ts', 'src/ids.ts', 'src/dates.ts', 'src/duration.ts', '!src/**/*.test.ts'] });
