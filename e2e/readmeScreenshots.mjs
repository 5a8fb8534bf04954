// Retakes the README's episode-page screenshots (transcript open, phone and desktop) from the built
// seed site. Run `pnpm build`, serve it (`pnpm --filter @frm/site exec astro preview --port 4452`),
// then: node e2e/readmeScreenshots.mjs http://127.0.0.1:4452 (writes site/docs/).
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const out = new URL('../site/docs/', import.meta.url);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [name, viewport, scale] of [
  ['episode-transcript-phone.png', { width: 390, height: 844 }, 2],
  ['episode-transcript-desktop.png', { width: 1280, height: 900 }, 1],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: scale, colorScheme: 'light' });
  await page.goto(`${base}/podcast/rebuilding-intimacy-and-trust/`);
  await page.getByText('Read the transcript').click();
  await page.locator('#transcript-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => globalThis.scrollBy(0, -24));
  await page.screenshot({ path: new URL(name, out).pathname });
  await page.close();
}
await browser.close();
