import { z } from 'zod';

/*
 * A publish date is an ISO 8601 date AND time with a zone ("2026-01-10T10:00:00Z" or "+02:00").
 * The Studio's date picker writes that; a bare "2026-01-10" typed through the API or an import
 * is not one, and GROQ's dateTime() cannot place it in time.
 */
const dateTimeSchema = z.iso.datetime({ offset: true, local: false });

export function isDateTime(value: unknown): value is string {
  return dateTimeSchema.safeParse(value).success;
}
