import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './studioPage.ts';

/**
 * The Presentation tool ("Preview" in the top bar) on a document and a page of the preview site;
 * resolves once the preview has connected (the tool shows "Loading." until then).
 */
export async function openPresentation(studio: Page, document: { type: string; id: string }, path: string): Promise<FrameLocator> {
  await studio.goto(`/presentation/${document.type}/${document.id}?preview=${encodeURIComponent(path)}`);
  const preview = studio.frameLocator('iframe').first();
  await expect(studio.getByText('Loading.', { exact: true })).toBeHidden({ timeout: 90_000 });
  await expect(preview.locator('main')).toBeVisible();
  return preview;
}

/** Points at an element of the preview and clicks it, as an editor's mouse does (the overlays follow real pointer moves). */
export async function clickInPreview(studio: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the element is not on screen in the preview');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 12);
  await studio.mouse.move(x - 20, y, { steps: 2 });
  await studio.mouse.move(x, y, { steps: 5 });
  await studio.mouse.click(x, y);
}
