import { expect, test } from './studioPage.ts';
import { previewUrl } from './studioStackConfig.ts';
import type { Page } from '@playwright/test';

// Dates in the button are the editor's local time; the journeys run in London (UTC in December).
test.use({ timezoneId: 'Europe/London' });

/** A new post with a title and its generated web address, as an editor starts one. */
async function startPost(studio: Page, title: string) {
  await studio.goto('/structure/blog;post');
  await studio.getByRole('link', { name: 'Blog post' }).click();
  await studio.getByTestId('field-title').getByRole('textbox').fill(title);
  await studio.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click();
  await expect(studio.getByTestId('field-slug').getByRole('textbox')).not.toHaveValue('');
}

async function typeDate(studio: Page, text: string) {
  const date = studio.getByTestId('field-publishedAt').getByRole('textbox').first();
  await date.fill(text);
  await date.press('Tab');
}

/** What a visitor gets at the post's address on the (non-draft) site. */
async function visitorStatus(page: Page, slug: string) {
  const visitor = await page.context().browser()!.newPage();
  try {
    return (await visitor.goto(`${previewUrl}/blog/${slug}/`))?.status();
  } finally {
    await visitor.close();
  }
}

test('an editor schedules a post for a future date: the button says when, the site waits', async ({ studio }) => {
  await startPost(studio, 'Advent Readings for Families');
  // A post starts dated now: publishing puts it live at once.
  await expect(studio.getByRole('button', { name: 'Publish now' })).toBeVisible();

  await typeDate(studio, '2099-12-25 10:00');
  const schedule = studio.getByRole('button', { name: 'Schedule for 25 December 2099, 10:00' });
  await expect(schedule).toBeEnabled();
  await expect(studio.getByText('Saving...')).toBeHidden();
  await studio.screenshot({ path: test.info().outputPath('schedule-button.png') });
  await schedule.click();
  await expect(studio.getByText('was published')).toBeVisible();

  // The list marks it as scheduled (the site's queries leave it out until then: queries.test.ts).
  await expect(
    studio.getByRole('listbox', { name: 'Posts' }).getByRole('link', { name: /Advent Readings for Families/ }),
  ).toContainText('Scheduled');
  await studio.screenshot({ path: test.info().outputPath('scheduled.png') });
});

test('a mistyped publish date refuses publishing and names the field', async ({ studio }) => {
  await startPost(studio, 'Bedtime Prayers With Toddlers');
  await typeDate(studio, '25/12/2026 10:00');

  // Said under the field and at the top of the form, without hovering anything.
  await expect(
    studio.getByTestId('field-message').filter({ hasText: 'Invalid date. Must be on the format "YYYY-MM-DD HH:mm"' }),
  ).toBeVisible();
  await expect(studio.getByTestId('error-summary')).toContainText('Publish date: Invalid date');
  const publish = studio.getByRole('button', { name: 'Publish', exact: true });
  await publish.click();
  await expect(studio.locator('[data-ui="Toast"]').getByText('Not published', { exact: true })).toBeVisible();
  await expect(studio.getByText(/“Publish date” holds text the Studio could not read/).first()).toBeVisible();
  await studio.screenshot({ path: test.info().outputPath('mistyped-date-refused.png') });
  await expect(studio.getByText('was published')).toBeHidden();
  await expect(publish).toBeEnabled();

  // Typed the way the field shows dates, it publishes.
  await studio.locator('[data-ui="Toast"]').getByRole('button').first().click(); // the editor closes the message
  await typeDate(studio, '2026-01-10 10:00');
  await expect(studio.getByTestId('error-summary')).toBeHidden();
  await expect(studio.getByText('Saving...')).toBeHidden();
  await studio.getByRole('button', { name: 'Publish now' }).click();
  await expect(studio.getByText('was published')).toBeVisible();
  // A visitor finds it on the site.
  expect(await visitorStatus(studio, 'bedtime-prayers-with-toddlers')).toBe(200);
});
