import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('episode page: player with the enclosure, chapters that seek by keyboard, transcript, guests', async ({
  page,
}) => {
  await page.goto(samplePages.episode);
  const audio = page.locator('audio');
  await expect(audio).toHaveAttribute('controls', '');
  await expect(audio.locator('source')).toHaveAttribute('type', 'audio/mpeg');
  // The player knows the audio's length before a chapter is picked, so a seek is not deferred.
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeGreaterThan(0);
  const duration = await audio.evaluate((el: HTMLAudioElement) => el.duration);
  const chapters = page.getByRole('navigation', { name: 'Chapters' }).getByRole('button');
  expect(await chapters.count()).toBeGreaterThan(1);
  // The second chapter starts inside the seed audio, so the seek lands exactly on its start.
  const second = chapters.nth(1);
  const start = Number(await second.getAttribute('data-start'));
  expect(start).toBeGreaterThan(0);
  expect(start).toBeLessThan(duration);
  // Playback starts right after the seek and moves currentTime on: record where the seek went.
  await audio.evaluate((el: HTMLAudioElement) =>
    el.addEventListener('seeking', () => el.setAttribute('data-seeked-to', String(el.currentTime)), { once: true }),
  );
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(audio).toHaveAttribute('data-seeked-to', String(start));
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Show notes' })).toBeVisible();
});

test('show page: subscribe links and a feed URL that copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(samplePages.podcast);
  await expect(page.getByRole('link', { name: 'Apple Podcasts' })).toHaveAttribute(
    'href',
    /^https:\/\/podcasts\.apple\.com\//,
  );
  const feed = page.getByLabel('RSS feed for any podcast app');
  await expect(feed).toHaveValue('https://familyroommission.org/podcast/feed.xml');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status')).toHaveText('Feed URL copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'https://familyroommission.org/podcast/feed.xml',
  );
});

test('episode list shows season and episode numbers, newest first', async ({ page }) => {
  await page.goto(samplePages.episodes);
  const labels = await page.locator('main .badge').allTextContents();
  expect(labels.some((l) => /Season \d+ · Episode \d+/.test(l))).toBe(true);
  const dates = await page
    .locator('main article time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});
