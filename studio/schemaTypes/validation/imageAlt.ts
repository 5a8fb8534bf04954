export const ALT_REQUIRED_MESSAGE = 'Describe the image for people using screen readers';

/** Alt text is required whenever the image field holds an image. */
export function checkAltText(alt: unknown, image: unknown): true | string {
  const hasAsset = Boolean((image as { asset?: unknown } | undefined)?.asset);
  if (!hasAsset) return true;
  return typeof alt === 'string' && alt.trim() !== '' ? true : ALT_REQUIRED_MESSAGE;
}
