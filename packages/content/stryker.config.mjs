import { mutationConfig } from '../../stryker.base.mjs';

// What the site's safety rests on: link safety, the draft/version/future filter of every GROQ
// query (queries.ts lines 10-11; the projections are checked by the source tests), the load step
// (draft filtering, dangling references, integrity) and the content problem report. The zod
// models and the network sources are left out to keep a run within ~20 minutes on a shared machine.
export default mutationConfig({ mutate: ['src/links/**/*.ts', 'src/load/**/*.ts', 'src/report/**/*.ts', 'src/queries.ts:10-11', '!src/**/*.test.ts'] });
