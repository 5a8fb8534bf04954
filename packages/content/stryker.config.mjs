import { mutationConfig } from '../../stryker.base.mjs';

// What the site's safety rests on: link safety (safeHref, embed targets, the one web-address check
// of the Studio and the build, absolute URLs for feeds), the draft/version/future filter every GROQ
// query uses (queries.ts lines 10-11), the load step (integrity check, which documents it keeps,
// the problems it names) and the content problem report (the build's message, CONTENT_REPORT_FILE).
// The zod models, projections and network sources are left out to keep a run short on a shared
// 2-core machine; widen `mutate` when there is time.
export default mutationConfig({
  mutate: [
    'src/links/**/*.ts',
    'src/rules/webAddress.ts',
    'src/urls/absoluteUrl.ts',
    'src/report/**/*.ts',
    'src/load/integrity.ts',
    'src/load/loadContent.ts',
    'src/queries.ts:10-11',
    '!src/**/*.test.ts',
  ],
});
