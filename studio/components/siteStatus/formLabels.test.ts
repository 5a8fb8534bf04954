import { expect, it } from 'vitest';
import { createTestWorkspace } from '../../test/testWorkspace.ts';
import { formLabelsOf } from './formLabels.ts';

// The preview and the build report name fields from this file: it must say what the form says.
// After a schema change: `pnpm --filter @frm/studio exec vitest run components/siteStatus/formLabels -u`.
it('packages/content/src/report/formLabels.json matches the Studio schema', async () => {
  const { schema } = (await createTestWorkspace()).workspace;
  const labels = formLabelsOf(schema);
  expect(labels.podcastEpisode?.fields.audio?.fields?.durationSeconds?.title).toBe('Length (seconds)');
  await expect(`${JSON.stringify(labels, null, 2)}\n`).toMatchFileSnapshot(
    '../../../packages/content/src/report/formLabels.json',
  );
});
