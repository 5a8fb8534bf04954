import { isFilledText } from '@frm/content/rules';

export const BLANK_TEXT_MESSAGE = 'Fill this in: it has only spaces';

/**
 * `required()` lets text of only spaces through; the build needs real text (the shared rule).
 * Missing values are left to `required()`.
 */
export function checkFilled(value: unknown): true | string {
  return value === undefined || value === null || value === '' || isFilledText(value) ? true : BLANK_TEXT_MESSAGE;
}
