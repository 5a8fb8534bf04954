import { FRAME_BYTES, FRAME_SECONDS, mp3Bytes } from '@frm/content/testing/mp3Bytes';
import { expect, test } from './studioPage.ts';

test('uploading an episode`s MP3 fills in its format, size and length', async ({ studio }) => {
  const frames = 2000;
  const mp3 = Buffer.from(mp3Bytes(frames));
  const seconds = Math.round(frames * FRAME_SECONDS);

  await studio.goto('/structure/podcastSection;podcastEpisode');
  await studio.getByRole('link', { name: 'Podcast episode' }).click();
  await studio.getByTestId('field-title').getByRole('textbox').fill('Listening Before Fixing');
  await studio.getByRole('tab', { name: 'Audio & feed' }).click();

  const audio = studio.getByTestId('field-audio');
  await audio
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'listening-before-fixing.mp3', mimeType: 'audio/mpeg', buffer: mp3 });

  // The upload went through: the file field shows the stored file, its size and its menu.
  await expect(audio.getByRole('button', { name: 'Open file options menu' })).toBeVisible({ timeout: 60_000 });
  await expect(
    audio.getByTestId('audio-default-input').getByText('listening-before-fixing.mp3', { exact: true }),
  ).toBeVisible();
  await expect(audio.getByText(`${(mp3.length / 1024).toFixed(2)} KB`)).toBeVisible();
  // Sanity's select keeps the option's index as its value; the editor sees the option's title.
  await expect(studio.getByTestId('field-audio.mimeType').locator('select option:checked')).toHaveText('audio/mpeg');
  await expect(studio.getByTestId('field-audio.sizeBytes').locator('input')).toHaveValue(String(frames * FRAME_BYTES));
  await expect(studio.getByTestId('field-audio.durationSeconds').locator('input')).toHaveValue(String(seconds));
  await expect(audio.getByText('Size, format and length were read from the audio.')).toBeVisible();
  await studio.getByTestId('field-audio.sizeBytes').scrollIntoViewIfNeeded();
  await studio.screenshot({ path: test.info().outputPath('audio.png') });
});
