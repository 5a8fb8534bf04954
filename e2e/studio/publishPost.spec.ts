import { expect, test } from './studioPage.ts';
import { previewUrl } from './studioStackConfig.ts';

test('an editor creates a post, previews it and publishes it', async ({ studio, browser }) => {
  const title = 'Screen Time Rules That Stick';
  const slug = 'screen-time-rules-that-stick';
  const paragraph = 'Agree on the rules together, then keep them.';

  await studio.goto('/structure/blog;post');
  await studio.getByRole('link', { name: 'Blog post' }).click();
  await studio.getByTestId('field-title').getByRole('textbox').fill(title);
  await studio.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click();
  await expect(studio.getByTestId('field-slug').getByRole('textbox')).toHaveValue(slug);
  await studio.getByTestId('field-body').getByRole('textbox').click();
  await studio.keyboard.type(paragraph);
  // The new draft is listed beside the form (the list follows the stand-in's listen events).
  await expect(
    studio.getByRole('listbox', { name: 'Posts' }).getByRole('link', { name: new RegExp(title) }),
  ).toBeVisible();

  // Preview: the page the post will be on, from "Used on 2 pages", in the Presentation tool.
  await studio.getByText('Used on 2 pages').click();
  await studio.getByRole('link', { name: new RegExp(`/blog/${slug}/`) }).click();
  const preview = studio.frameLocator('iframe').first();
  await expect(studio.getByText('Loading.', { exact: true })).toBeHidden({ timeout: 90_000 });
  // The preview's text carries stega (invisible edit links) after the words.
  await expect(preview.locator('h1')).toContainText(title, { timeout: 90_000 });
  await expect(preview.getByText(paragraph)).toBeVisible();
  await expect(preview.getByText('showing drafts')).toBeVisible();
  await studio.screenshot({ path: test.info().outputPath('previewed.png') });

  await studio.getByRole('button', { name: 'Publish now' }).click();
  await expect(studio.getByText('was published')).toBeVisible();
  await expect(studio.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await studio.screenshot({ path: test.info().outputPath('published.png') });

  // A visitor (no draft mode) now finds the post.
  const visitor = await browser.newPage();
  try {
    await visitor.goto(`${previewUrl}/blog/${slug}/`);
    await expect(visitor.locator('h1')).toHaveText(title);
    await expect(visitor.getByText(paragraph)).toBeVisible();
  } finally {
    await visitor.close();
  }
});
