import { processIo } from './io.ts';
import { runPostsCommand } from './postsCommand.ts';

process.exitCode = await runPostsCommand(process.argv.slice(2), processIo());
