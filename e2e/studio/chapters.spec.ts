import type { Page } from '@playwright/test';
import { expect, test } from './studioPage.ts';

/** Adds a chapter the way an editor does: Add item, then its start and title in the item's dialog. */
async function addChapter(studio: Page, start: string, title: string) {
  const chapters = studio.getByTestId('field-chapters');
  await chapters.getByRole('button', { name: 'Add item' }).click();
  const dialog = studio.getByRole('dialog').last();
  await dialog.getByLabel('Starts at').fill(start);
  await dialog.getByLabel('Chapter title').fill(title);
  await dialog.getByLabel('Chapter title').press('Tab');
  return dialog;
}

async function closeDialog(studio: Page) {
  await studio.getByRole('dialog').last().getByRole('button', { name: /close/i }).first().click();
  await expect(studio.getByRole('dialog')).toHaveCount(0);
}

test('an editor adds chapters as mm:ss and sees them listed as typed, in order', async ({ studio }) => {
  await studio.goto('/intent/create/template=podcastEpisode;type=podcastEpisode/');
  await studio.getByTestId('field-title').getByRole('textbox').fill('Talking About Money at Home');
  await studio.getByRole('tab', { name: 'Audio & feed' }).click();

  await addChapter(studio, '0:00', 'Welcome');
  await closeDialog(studio);
  await addChapter(studio, '20:30', 'Listener question');
  await closeDialog(studio);

  // A start that is not a time is said under the field, and never stored as a number.
  const dialog = await addChapter(studio, '4000', 'Prayer');
  await expect(dialog).toContainText('“4000” is not a time: type minutes:seconds, e.g. 20:30');
  await dialog.getByLabel('Starts at').fill('40:00');
  await dialog.getByLabel('Starts at').press('Tab');
  await expect(dialog).not.toContainText('is not a time');
  await closeDialog(studio);

  const items = studio.getByTestId('field-chapters').locator('[data-ui="Card"] [data-testid="default-preview"]');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Welcome');
  await expect(items.nth(0)).toContainText('0:00');
  await expect(items.nth(1)).toContainText('Listener question');
  await expect(items.nth(1)).toContainText('20:30');
  await expect(items.nth(2)).toContainText('Prayer');
  await expect(items.nth(2)).toContainText('40:00');
  await expect(studio.getByTestId('error-summary')).not.toContainText('Chapters');
  await studio.screenshot({ path: test.info().outputPath('chapters.png') });

  // A chapter added out of order is named, with its time as typed.
  await addChapter(studio, '30:15', 'Closing thoughts');
  await closeDialog(studio);
  await expect(
    studio
      .getByTestId('field-message')
      .filter({ hasText: '“Closing thoughts” (30:15) must start after “Prayer” (40:00)' }),
  ).toBeVisible();
  await expect(studio.getByTestId('error-summary')).toContainText(
    'Chapters: “Closing thoughts” (30:15) must start after “Prayer” (40:00)',
  );
  await studio.screenshot({ path: test.info().outputPath('chapters-out-of-order.png') });
});
