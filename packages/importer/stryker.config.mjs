import { mutationConfig } from '../../stryker.base.mjs';

// What an imported episode's identity and enclosure rest on (document ids, GUIDs, audio, dates)
// and what is written to the Content Lake. Feed parsing, show settings, chapters and the CLI
// wrappers are left out to keep a run within ~20 minutes on a shared machine.
export default mutationConfig({ mutate: ['src/ids.ts', 'src/dates.ts', 'src/episodes/audio.ts', 'src/episodes/mapEpisode.ts', 'src/output/contentLake.ts', '!src/**/*.test.ts'] });
