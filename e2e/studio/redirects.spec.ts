import type { Page } from '@playwright/test';
import { expect, test } from './studioPage.ts';
import { lakeUrl, studioStack } from './studioStackConfig.ts';

/*
 * Old links keep working: a published post given a new web address keeps its old one under "Old
 * addresses" (the editor does nothing extra), and an editor's own redirect is published only when
 * the build would accept it (no loop, no chain, not from a live page).
 */

/** A query on the published documents, as the site build reads them from the Content Lake. */
async function published<T>(query: string, params: Record<string, string>): Promise<T> {
  const search = new URLSearchParams({ query, perspective: 'published' });
  for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
  const answer = await fetch(`${lakeUrl}/v2025-02-19/data/query/${studioStack.dataset}?${search}`, {
    headers: { authorization: `Bearer ${studioStack.token}` },
  });
  return ((await answer.json()) as { result: T }).result;
}
const publishedRedirects = (from: string) => published<unknown[]>('*[_type == "redirect" && from == $from]', { from });

async function waitUntilSaved(studio: Page) {
  await expect(studio.getByText('Saving...')).toBeHidden();
}

test('a published post given a new web address keeps its old one under “Old addresses”', async ({ studio }) => {
  const post = { id: 'post-when-you-disagree-about-discipline', slug: 'when-you-disagree-about-discipline' };
  await studio.goto(`/intent/edit/id=${post.id};type=post/`);
  const slug = studio.getByTestId('field-slug').getByRole('textbox');
  await expect(slug).toHaveValue(post.slug);
  // Nothing to show before the post has moved.
  await expect(studio.getByTestId('field-previousPaths')).toHaveCount(0);

  await slug.fill('disagreeing-about-discipline');
  await expect(studio.getByTestId('site-address')).toContainText('/blog/disagreeing-about-discipline/');
  await waitUntilSaved(studio);
  await studio.getByRole('button', { name: 'Publish now' }).click();
  await expect(studio.getByText('was published')).toBeVisible();

  const oldAddresses = studio.getByTestId('field-previousPaths');
  await expect(oldAddresses).toContainText('Old addresses');
  await expect(oldAddresses.getByRole('textbox')).toHaveValue(`/blog/${post.slug}/`);
  await studio.locator('[data-ui="Toast"]').getByRole('button').first().click(); // the editor closes the message
  await oldAddresses.scrollIntoViewIfNeeded();
  await studio.screenshot({ path: test.info().outputPath('old-addresses.png') });

  expect(await published('*[_id == $id][0]', { id: post.id })).toMatchObject({
    slug: { current: 'disagreeing-about-discipline' },
    previousPaths: [`/blog/${post.slug}/`],
  });
});

test('an editor adds a redirect to a page; one that would loop, chain or start from a live page is refused', async ({
  studio,
}) => {
  const from = '/2019/05/dinner-questions/';
  await studio.goto('/intent/create/template=redirect;type=redirect/');
  const fromField = studio.getByTestId('field-from');
  await fromField.getByRole('textbox').fill(from);
  // The page to send visitors to: searched by title, as in any reference field.
  await studio.locator('input#target').fill('Five Questions');
  await studio
    .locator('#target-listbox')
    .getByRole('option', { name: /Five Questions for the Dinner Table/ })
    .click();
  await expect(studio.locator('input#permanent')).toBeChecked();
  await waitUntilSaved(studio);
  await studio.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(studio.getByText('was published')).toBeVisible();
  await expect(
    studio.getByRole('listbox', { name: 'Redirects' }).getByRole('link', {
      name: new RegExp(`${from} → /blog/five-questions-for-the-dinner-table/`),
    }),
  ).toBeVisible();
  await studio.screenshot({ path: test.info().outputPath('redirect-published.png') });
  expect(await publishedRedirects(from)).toMatchObject([
    { from, permanent: true, target: { _ref: 'post-five-questions-for-the-dinner-table' } },
  ]);

  // A second redirect, to the address the first one sends on: a chain.
  await studio.goto('/intent/create/template=redirect;type=redirect/');
  const second = studio.getByTestId('field-from').getByRole('textbox');
  await second.fill('/dinner/');
  await studio.getByTestId('field-url').getByRole('textbox').fill(from);
  const publish = studio.getByRole('button', { name: 'Publish', exact: true });
  // Said in red under the field (and in the summary above the form), without hovering anything.
  const fromMessage = studio.getByTestId('field-message');
  await expect(
    fromMessage.filter({
      hasText: `/dinner/ redirects to ${from}, which redirects again to /blog/five-questions-for-the-dinner-table/`,
    }),
  ).toBeVisible();
  await expect(publish).toBeDisabled();
  await studio.screenshot({ path: test.info().outputPath('redirect-chain.png') });

  // Pointing at itself: a loop.
  await studio.getByTestId('field-url').getByRole('textbox').fill('/dinner/');
  await expect(fromMessage.filter({ hasText: '/dinner/ redirects to itself' })).toBeVisible();
  await expect(publish).toBeDisabled();

  // From an address where a page lives: it would never be followed.
  await second.fill('/blog/praying-for-your-spouse/');
  await studio.getByTestId('field-url').getByRole('textbox').fill('/podcast/');
  await expect(
    fromMessage.filter({ hasText: '/blog/praying-for-your-spouse/ is a live page on the site' }),
  ).toBeVisible();
  await expect(publish).toBeDisabled();
  await studio.screenshot({ path: test.info().outputPath('redirect-from-live-page.png') });
  expect(await publishedRedirects('/dinner/')).toEqual([]);
  expect(await publishedRedirects('/blog/praying-for-your-spouse/')).toEqual([]);
});
