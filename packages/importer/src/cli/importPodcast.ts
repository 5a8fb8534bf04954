import { processIo } from './io.ts';
import { runPodcastCommand } from './podcastCommand.ts';

process.exitCode = await runPodcastCommand(process.argv.slice(2), processIo());
