import { editFromPreview, openPresentation } from './presentation.ts';
import { expect, test } from './studioPage.ts';

const post = { type: 'post', id: 'post-rebuilding-intimacy-and-trust' };
const path = '/blog/rebuilding-intimacy-and-trust/';

test('clicking the title, a paragraph or the image in the preview opens that field for editing', async ({ studio }) => {
  const preview = await openPresentation(studio, post, path);
  const form = studio.getByTestId('document-panel-scroller');

  await editFromPreview(studio, preview.locator('h1'), studio.getByTestId('field-title').getByRole('textbox'));
  await expect(studio.getByTestId('field-title').getByRole('textbox')).toHaveValue(/^Rebuilding Intimacy and Trust/);

  const paragraph = preview.locator('main p').filter({ hasText: 'Intimacy and trust are two of the most painful' });
  await editFromPreview(studio, paragraph, studio.getByTestId('field-body').locator('[contenteditable="true"]'));
  // The text cursor is in that paragraph of the body.
  await expect
    .poll(() => studio.evaluate(() => window.getSelection()?.anchorNode?.textContent ?? ''))
    .toContain('Intimacy and trust are two of the most painful');
  await studio.screenshot({ path: test.info().outputPath('paragraph.png') });

  const alt = studio.getByTestId('field-mainImage.alt').getByRole('textbox');
  await editFromPreview(studio, preview.locator('main img').first(), alt);
  await expect(alt).toBeInViewport();
  await expect(form.getByText('Alt text')).toBeVisible();
  await studio.screenshot({ path: test.info().outputPath('image.png') });
});
