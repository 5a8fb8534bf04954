import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_SIZE_MISSING } from '@frm/content';
import { expect, test } from './studioPage.ts';
import { lakeUrl, studioStack } from './studioStackConfig.ts';

/*
 * The site status banner as editors meet it: the deploy workflow's own script writes the status
 * into the stand-in (as after a failed build, a failed deploy, a good deploy), the open Studio
 * shows it, "Open it" lands on the field, and a good run clears it, all without a reload.
 */
const statusScript = fileURLToPath(
  new URL('../../packages/content/src/siteStatus/updateSiteStatus.ts', import.meta.url),
);
const runUrl = 'https://github.com/family-room-mission/site/actions/runs/42';
const episode = {
  id: 'episode-s1e1-turning-your-family-room-into-a-sanctuary',
  title: 'Turning Your Family Room into a Sanctuary',
};

/** `node updateSiteStatus.ts failed|updated`, as the workflow runs it, against the stand-in. */
async function recordStatus(outcome: 'failed' | 'updated', env: Record<string, string> = {}): Promise<void> {
  const child = spawn(process.execPath, [statusScript, outcome], {
    env: {
      PATH: process.env.PATH ?? '',
      SANITY_PROJECT_ID: studioStack.projectId,
      SANITY_DATASET: studioStack.dataset,
      SANITY_API_HOST: lakeUrl,
      SANITY_API_WRITE_TOKEN: studioStack.token,
      RUN_URL: runUrl,
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code, output).toBe(0);
}

test.afterAll(async () => recordStatus('updated'));

test('a failed build’s banner: the problem in the form’s words, “Open it” lands on the tab and field, a good run clears it', async ({
  studio,
}) => {
  await studio.goto('/structure');
  const banner = studio.getByRole('alert').filter({ hasText: 'could not be' });
  await expect(studio.getByRole('link', { name: 'Structure' }).first()).toBeVisible({ timeout: 90_000 });
  await expect(banner).toHaveCount(0);

  // The build stopped on the episode's missing file size and wrote its report; the workflow records it.
  const work = await mkdtemp(join(tmpdir(), 'frm-banner-'));
  const reportFile = join(work, 'content-report.json');
  const problem = { id: episode.id, type: 'podcastEpisode', path: 'audio.sizeBytes', message: AUDIO_SIZE_MISSING };
  await writeFile(
    reportFile,
    JSON.stringify({ failedAt: new Date().toISOString(), source: 'e2e', problems: [problem] }),
  );
  await recordStatus('failed', { CONTENT_REPORT_FILE: reportFile });

  await expect(banner).toBeVisible();
  await expect(banner).toContainText(
    'The site could not be updated: it still shows the version from before. Fix this and publish again.',
  );
  await expect(banner).toContainText(
    `Podcast episode “${episode.title}”, Audio & feed tab: Audio › File size (bytes) is missing: podcast apps need the exact file size; click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again.`,
  );
  await studio.screenshot({ path: test.info().outputPath('banner-content-problem.png') });

  await banner.getByRole('link', { name: 'Open it' }).click();
  // The episode, on the "Audio & feed" tab (not the default Content tab), at File size (bytes).
  await expect(studio.getByTestId('field-title').getByRole('textbox')).toHaveCount(0);
  await expect(studio.getByRole('tab', { name: 'Audio & feed' })).toHaveAttribute('aria-selected', 'true');
  await expect(studio.getByRole('tab', { name: 'Content' })).toHaveAttribute('aria-selected', 'false');
  const size = studio.getByTestId('field-audio.sizeBytes');
  await expect(size).toBeVisible();
  await expect(size).toContainText('File size (bytes)');
  await expect(size).toBeInViewport();
  // What the fix names is on this tab, below the audio fields: this episode's audio is an uploaded file.
  await expect(studio.getByRole('button', { name: 'Read file again' })).toBeVisible();
  await expect(size.getByRole('textbox').or(size.getByRole('spinbutton'))).toBeFocused();
  await studio.screenshot({ path: test.info().outputPath('open-it-audio-tab.png') });

  // The editor re-reads the audio and publishes; the next run deploys and clears the banner.
  await recordStatus('updated');
  await expect(banner).toHaveCount(0);
  await studio.screenshot({ path: test.info().outputPath('banner-cleared.png') });
});

test('a failed deploy’s banner: the work is saved, which step failed, the run log, nothing to fix', async ({
  studio,
}) => {
  await studio.goto('/structure');
  await expect(studio.getByRole('link', { name: 'Structure' }).first()).toBeVisible({ timeout: 90_000 });
  await recordStatus('failed', {
    CONTENT_REPORT_FILE: join(tmpdir(), 'frm-no-report.json'),
    FAILED_STEP: 'Deploy to GitHub Pages',
  });

  const banner = studio.getByRole('alert').filter({ hasText: 'could not be published' });
  await expect(banner).toHaveText(
    'Your changes were saved but the site could not be published (the step “Deploy to GitHub Pages” failed). The site still shows the version from before. Nothing to fix in the Studio: the developers can see why in the run log. Open the run log',
  );
  await expect(banner.getByRole('link', { name: 'Open the run log' })).toHaveAttribute('href', runUrl);
  await expect(banner).not.toContainText('Fix this');
  await studio.screenshot({ path: test.info().outputPath('banner-deploy-failed.png') });

  await recordStatus('updated');
  await expect(banner).toHaveCount(0);
});
