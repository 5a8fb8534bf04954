import { stegaClean } from '@sanity/client/stega';
import { expect, test } from './studioPage.ts';
import { lakeUrl, previewUrl, studioStack } from './studioStackConfig.ts';

/*
 * An editor changes a published episode's title in the Presentation tool and watches the preview
 * follow without a reload, the whole page intact (the site's header and footer after every refresh).
 */
const episode = {
  id: 'episode-s1-trailer-welcome-to-the-family-room',
  slug: 'welcome-to-the-family-room',
  title: 'Welcome to the Family Room',
};

test.afterEach(async () => {
  // Leave the published episode as it was for the other journeys: discard the draft.
  await fetch(`${lakeUrl}/v2025-02-19/data/mutate/${studioStack.dataset}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${studioStack.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ delete: { id: `drafts.${episode.id}` } }] }),
  });
});

test('an editor edits a published episode’s title and sees it in the preview without a reload, header and footer intact', async ({
  studio,
}) => {
  await studio.goto(`/intent/edit/id=${episode.id};type=podcastEpisode/`);
  await expect(studio.getByTestId('field-title').getByRole('textbox')).toHaveValue(episode.title);
  await studio.getByText(/Used on \d+ pages?/).click();
  await studio.getByRole('link', { name: new RegExp(`/podcast/${episode.slug}/`) }).click();

  const preview = studio.frameLocator(`iframe[src^="${previewUrl}"]`);
  // The title as the editor reads it (in draft mode it carries invisible stega characters).
  const heading = async () =>
    stegaClean(
      (await preview
        .locator('main h1')
        .textContent({ timeout: 5_000 })
        .catch(() => null)) ?? '',
    );
  await expect.poll(heading, { timeout: 90_000 }).toBe(episode.title);
  await expect(preview.getByText('showing drafts')).toBeVisible();
  const frame = studio.frames().find((f) => f.url().startsWith(previewUrl))!;
  // Set on the preview's document only: a reload of the frame would lose it.
  await frame.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const title = studio.getByTestId('field-title').getByRole('textbox');
  for (const edited of ['Welcome to the Family Room, Again', 'Welcome Home to the Family Room']) {
    await title.fill(edited);
    await expect.poll(heading, { timeout: 60_000 }).toBe(edited);
    await expect(preview.locator('header.site-header')).toBeVisible();
    await expect(preview.locator('footer.site-footer')).toBeVisible();
    await expect(preview.locator('.frm-preview-bar')).toHaveCount(1);
  }
  expect(await frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await studio.screenshot({ path: test.info().outputPath('edited-title-in-preview.png') });
});
