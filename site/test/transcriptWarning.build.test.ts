import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { buildSite } from './buildSite.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

/* An uploaded transcript file with problems is named once in the build log, and the page still builds. */
describe('a transcript file with problems', () => {
  it(
    'is reported once per build, and the build still succeeds',
    async () => {
      const dataset = await mkdtemp(join(tmpdir(), 'frm-bad-transcript-'));
      await cp(seedDatasetPath, dataset, { recursive: true });
      const captions = (await readdir(join(dataset, 'files'))).filter((name) => name.endsWith('.vtt'));
      expect(captions.length, 'the seed needs an uploaded WebVTT transcript for this test').toBeGreaterThan(0);
      for (const name of captions) await writeFile(join(dataset, 'files', name), 'not a caption file\n');

      const build = await buildSite({ LOCAL_DATASET: dataset });

      expect(build.exitCode, build.output).toBe(0);
      const reports = build.output.split('\n').filter((line) => line.includes('Transcript file of podcastEpisode'));
      expect(reports, build.output).toHaveLength(captions.length);
      expect(reports[0]).toContain('missing WEBVTT file header');
    },
    SITE_BUILD_TIMEOUT_MS,
  );
});
