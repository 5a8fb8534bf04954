import { expect, test } from '@playwright/test';

test('a reader goes from the home page to a post, its episode, a chapter and a resource', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /Rebuilding Intimacy and Trust/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/blog\/rebuilding-intimacy-and-trust\/$/);

  // The related episode: its page has the player with the enclosure and chapters.
  const related = page.locator('.related-episode');
  const enclosure = await related.locator('audio source').getAttribute('src');
  await related.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/podcast\/rebuilding-intimacy-and-trust\/$/);
  const audio = page.locator('audio');
  await expect(audio.locator('source')).toHaveAttribute('src', enclosure!);
  const response = await page.request.get(enclosure!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/audio\/mpeg/);

  const chapter = page.getByRole('navigation', { name: 'Chapters' }).getByRole('button').last();
  const start = Number(await chapter.getAttribute('data-start'));
  await chapter.click();
  await expect
    .poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime))
    .toBeGreaterThanOrEqual(start > 0 ? start - 0.5 : 0);

  // Back on the post, a resource card links to the resource.
  await page.goBack();
  const resourceLink = page.locator('#related-resources ~ ul .button').first();
  await expect(resourceLink).toHaveAttribute('href', /^(https:\/\/|\/media\/)/);
});
