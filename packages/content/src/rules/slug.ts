/** Lowercase words joined by single hyphens: safe in any URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The Studio's limit (its Generate button cuts there too); the build accepts longer slugs already published. */
export const SLUG_MAX_LENGTH = 96;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
