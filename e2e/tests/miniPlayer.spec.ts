import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { clockTime } from '@frm/content/duration';
import { accessibilityViolations, samplePages, watchCspViolations } from './helpers.ts';

/** What the mini-player saves for the tab (MiniPlayer.astro). */
interface Listening {
  src: string;
  title: string;
  page: string;
  at: number;
  playing: boolean;
}
const listening = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('frm-listening') ?? 'null') as Listening | null);

/**
 * Before any page script runs: slows every player tenfold (the seed audio lasts seconds, and must still be
 * playing while the test moves on) and records where each page's playback really started. Wraps play()
 * because the bar's audio is not in the document, so its events never reach a listener there.
 */
async function slowAudioAndRecordStarts(page: Page) {
  await page.addInitScript(() => {
    const starts: number[] = [];
    (window as unknown as { __starts: number[] }).__starts = starts;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.defaultPlaybackRate = this.playbackRate = 0.1;
      this.addEventListener('playing', () => starts.push(this.currentTime), { once: true });
      return play.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __starts: number[] }).__starts[0] ?? -1);
}

/** A resumed MP3 may start on the frame boundary just before the saved time. */
const MP3_FRAME = 0.05;
const bar = (page: Page) => page.getByRole('region', { name: 'Now playing' });
const episodeAudio = (page: Page) => page.locator('main audio[data-episode-page]');

/** Starts the sample episode with a real click on a chapter. */
async function startAtChapter(page: Page, index: number) {
  await page.goto(samplePages.episode);
  const chapter = page.getByRole('navigation', { name: 'Chapters' }).getByRole('button').nth(index);
  const start = Number(await chapter.getAttribute('data-start'));
  expect(start).toBeGreaterThan(1);
  await chapter.click();
  // The saved position follows playback, not only where it started.
  await expect.poll(async () => (await listening(page))?.at ?? 0).toBeGreaterThan(start);
}

test('a playing episode carries on to the next page from where the listener was', async ({ page }) => {
  const cspViolations = await watchCspViolations(page);
  const startedAt = await slowAudioAndRecordStarts(page);
  await startAtChapter(page, 1);
  const saved = (await listening(page))!;
  expect(saved).toMatchObject({ playing: true, title: 'Rebuilding Intimacy and Trust', page: samplePages.episode });

  await page.getByRole('banner').getByRole('link', { name: 'Blog', exact: true }).click();
  await expect(page).toHaveURL(/\/blog\/$/);
  const nowPlaying = bar(page);
  await expect(nowPlaying).toBeVisible();
  await expect(nowPlaying.getByRole('link', { name: 'Rebuilding Intimacy and Trust' })).toHaveAttribute(
    'href',
    samplePages.episode,
  );
  // A browser may refuse sound on a page the listener has not touched yet: then one click resumes.
  const toggle = nowPlaying.getByRole('button', { name: /^(Pause|Resume at \d+:\d\d)$/ });
  if ((await toggle.textContent())?.startsWith('Resume')) await toggle.click();
  await expect.poll(startedAt).toBeGreaterThanOrEqual(saved.at - MP3_FRAME);
  expect(await cspViolations()).toEqual([]);
});

test('a paused episode waits in the bar, resumes by keyboard, hands over to its own page, and closes for good', async ({
  page,
}) => {
  const cspViolations = await watchCspViolations(page);
  const startedAt = await slowAudioAndRecordStarts(page);
  await startAtChapter(page, 2);
  // The native control's pause button sits in the browser's closed shadow root: pause as it does.
  await episodeAudio(page).evaluate((el: HTMLAudioElement) => el.pause());
  await expect.poll(async () => (await listening(page))?.playing).toBe(false);
  const at = (await listening(page))!.at;

  await page.goto(samplePages.page);
  const nowPlaying = bar(page);
  const toggle = nowPlaying.getByRole('button', { name: `Resume at ${clockTime(at)}` });
  await expect(toggle).toBeVisible();
  await expect(nowPlaying.getByRole('status')).toHaveText(`Paused at ${clockTime(at)}`);

  // A page with the episode's own player (its page, a post about it) hands it the position; the bar stays out of the way.
  await page.goto(samplePages.post);
  await expect(bar(page)).toBeHidden();
  await expect.poll(() => episodeAudio(page).evaluate((el: HTMLAudioElement) => el.currentTime)).toBeCloseTo(at, 1);
  await page.goto(samplePages.episode);
  await expect(bar(page)).toBeHidden();
  await expect.poll(() => episodeAudio(page).evaluate((el: HTMLAudioElement) => el.currentTime)).toBeCloseTo(at, 1);

  await page.goto(samplePages.blog);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(nowPlaying.getByRole('status')).toHaveText('Playing Rebuilding Intimacy and Trust');
  await expect.poll(startedAt).toBeGreaterThanOrEqual(at - MP3_FRAME);

  await nowPlaying.getByRole('button', { name: 'Close player' }).click();
  await expect(nowPlaying).toBeHidden();
  // The bar's audio stopped: its (now hidden) control went back to offering a resume.
  await expect(page.locator('#mini-player [data-toggle]')).toHaveText(/^Resume at /);
  expect(await listening(page)).toBeNull();
  await page.goto(samplePages.page);
  await expect(bar(page)).toBeHidden();
  expect(await cspViolations()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the bar meets WCAG 2.2 AA (axe) in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await slowAudioAndRecordStarts(page);
    await startAtChapter(page, 1);
    await episodeAudio(page).evaluate((el: HTMLAudioElement) => el.pause());
    await page.goto(samplePages.blog);
    await expect(bar(page)).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

test('a post page loads at most 2 KB of JavaScript, gzipped', async ({ page }) => {
  const external: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      external.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto(samplePages.post);
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  expect(inline.length, 'the mini-player script').toBeGreaterThan(0);
  const bytes = [...inline.map((text) => gzipSync(text).length), ...(await Promise.all(external))].reduce(
    (a, b) => a + b,
    0,
  );
  test.info().annotations.push({ type: 'post page JS (gzipped bytes)', description: String(bytes) });
  console.log(`post page JS: ${bytes} bytes gzipped`);
  expect(bytes).toBeLessThanOrEqual(2048);
});
