import { mutationConfig } from '../../stryker.base.mjs';

// What the site's safety and correctness rest on: link safety, the draft/version/future filters
// (GROQ queries and the load step), the content problem report and the vocabulary. The zod models'
// messages and the network sources (retries, tested with slow fault-injection servers) are left
// out to keep a run under an hour on a shared 2-core machine.
export default mutationConfig({ mutate: ['src/links/**/*.ts', 'src/load/**/*.ts', 'src/report/**/*.ts', 'src/queries.ts', 'src/vocabulary.ts', '!src/**/*.test.ts'] });
