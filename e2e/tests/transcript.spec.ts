import { expect, test } from '@playwright/test';
import { accessibilityViolations, samplePages } from './helpers.ts';

/*
 * The seed's "Rebuilding Intimacy and Trust" has an uploaded WebVTT transcript with named speakers
 * (packages/dataset-tools/src/seedDocuments.ts); its page shows it as timed paragraphs.
 */
const TRANSCRIPT_ONLY = 'jar of marbles on the kitchen windowsill';

test('the WebVTT transcript is on the page as paragraphs with speakers, collapsed until opened', async ({ page }) => {
  await page.goto(samplePages.episode);
  const transcript = page.locator('section.transcript details');
  await expect(transcript).not.toHaveAttribute('open', '');
  await transcript.getByText('Read the transcript').click();
  const paragraphs = transcript.locator('.paragraph');
  // Five cues, two of them in a row by Rachel: four paragraphs.
  await expect(paragraphs).toHaveCount(4);
  await expect(paragraphs.nth(2)).toHaveText(
    /Rachel: Trust is built—or broken—one grain at a time\. Picture a jar of marbles on the kitchen windowsill\./,
  );
  await expect(paragraphs.nth(1).locator('.speaker')).toHaveText('Nate:');
  await expect(page.getByRole('link', { name: /Download the transcript \(WebVTT\)/ })).toHaveAttribute(
    'href',
    '/podcast/transcripts/rebuilding-intimacy-and-trust.vtt',
  );
});

test('clicking a paragraph’s timestamp sets the player’s currentTime to that paragraph’s start', async ({ page }) => {
  await page.goto(samplePages.episode);
  await page.getByText('Read the transcript').click();
  const audio = page.locator('audio');
  const stamp = page.getByRole('button', { name: 'Play from 0:01' });
  expect(await stamp.getAttribute('data-start')).toBe('1.2');
  await audio.evaluate(
    (el: HTMLAudioElement) =>
      new Promise((resolve) =>
        el.readyState >= 1 ? resolve(null) : el.addEventListener('loadedmetadata', resolve, { once: true }),
      ),
  );
  await stamp.click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThanOrEqual(1.2);
  expect(await audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeLessThan(2.7);
});

test('a phrase only the transcript contains finds the episode in search', async ({ page, request }) => {
  // The phrase is in the episode page and nowhere else on the site but its transcript file.
  const episodeHtml = await (await request.get(samplePages.episode)).text();
  expect(episodeHtml).toContain(TRANSCRIPT_ONLY);
  await page.goto(`${samplePages.search}?q=${encodeURIComponent('marbles windowsill')}`);
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  expect(await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    expect.stringContaining('/podcast/rebuilding-intimacy-and-trust/'),
  ]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open transcript meets WCAG 2.2 AA (axe, ${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(samplePages.episode);
    await page.getByText('Read the transcript').click();
    await expect(page.locator('section.transcript .paragraph').first()).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
