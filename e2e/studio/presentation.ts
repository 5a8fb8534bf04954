import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './studioPage.ts';

/**
 * The Presentation tool ("Preview" in the top bar) on a document and a page of the preview site;
 * resolves once the preview has connected (the tool shows "Loading." until then).
 */
export async function openPresentation(
  studio: Page,
  document: { type: string; id: string },
  path: string,
): Promise<FrameLocator> {
  await studio.goto(`/presentation/${document.type}/${document.id}?preview=${encodeURIComponent(path)}`);
  const preview = studio.frameLocator('iframe').first();
  await expect(studio.getByText('Loading.', { exact: true })).toBeHidden({ timeout: 90_000 });
  await expect(preview.locator('main')).toBeVisible();
  return preview;
}

/** Points at an element of the preview and clicks it, as an editor's mouse does (the overlays follow real pointer moves). */
export async function clickInPreview(studio: Page, target: Locator): Promise<void> {
  // The preview swaps in a fresh page when it refreshes (live updates), so look the element up anew each time.
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await expect(async () => {
    await target.scrollIntoViewIfNeeded({ timeout: 5_000 });
    box = await target.boundingBox({ timeout: 5_000 });
    expect(box, 'the element is on screen in the preview').not.toBeNull();
  }).toPass({ timeout: 60_000 });
  const { x: left, y: top, width, height } = box!;
  const x = left + width / 2;
  const y = top + Math.min(height / 2, 12);
  await studio.mouse.move(x - 20, y, { steps: 2 });
  await studio.mouse.move(x, y, { steps: 5 });
  await studio.mouse.click(x, y);
}

/**
 * Clicks an element of the preview until `field` has the focus, as an editor clicks again when
 * the page was still loading its edit overlays; fails when the field never gets it.
 */
export async function editFromPreview(studio: Page, target: Locator, field: Locator): Promise<void> {
  await expect(async () => {
    await clickInPreview(studio, target);
    await expect(field).toBeFocused({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}
