import { SLUG_MAX_LENGTH, isSlug } from '@frm/content/rules';

export { SLUG_MAX_LENGTH };

/** Checks a slug value ({current}) for URL-safety; presence is checked by `required()`. */
export function checkSlugFormat(value: unknown): true | string {
  if (value === undefined || value === null) return true;
  const current = (value as { current?: unknown }).current;
  if (typeof current !== 'string' || current.trim() === '')
    return 'Click “Generate” to create the web address from the title';
  if (current.length > SLUG_MAX_LENGTH)
    return `Shorten the web address to ${SLUG_MAX_LENGTH} characters or fewer (now ${current.length})`;
  if (!isSlug(current)) {
    return 'Use only lowercase letters, numbers and single hyphens, e.g. family-dinner-questions';
  }
  return true;
}
