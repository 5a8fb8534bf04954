import { isDateTime } from '@frm/content/rules';

/** A publish date must be a date and time (what the date picker writes), not a bare date or text. */
export function checkDateTime(value: unknown): true | string {
  return value === undefined || value === null || isDateTime(value)
    ? true
    : 'Pick the date and time with the date picker (e.g. 2026-01-10 10:00)';
}
