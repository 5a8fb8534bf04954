import { openPresentation } from './presentation.ts';
import { expect, test } from './studioPage.ts';

test('the form beside the preview is wide enough for titles and the text toolbar', async ({ studio }) => {
  await openPresentation(
    studio,
    { type: 'post', id: 'post-rebuilding-intimacy-and-trust' },
    '/blog/rebuilding-intimacy-and-trust/',
  );
  const form = studio.getByTestId('document-panel-scroller');
  await expect(form.getByTestId('field-title')).toBeVisible();
  const width = (await form.boundingBox())?.width ?? 0;
  expect(width).toBeGreaterThanOrEqual(420); // the 520 px panel (studio/components/StudioLayout.tsx) less its padding
  // The text toolbar shows its buttons instead of folding them into a “···” menu.
  await form.getByTestId('field-body').scrollIntoViewIfNeeded();
  await expect(form.getByTestId('field-body').getByRole('button', { name: 'Bold' })).toBeVisible();
  await studio.screenshot({ path: test.info().outputPath('form-beside-preview.png') });
});
