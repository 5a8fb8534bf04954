import { z } from 'zod';

/*
 * zod's RFC 9562 UUID check is the rule: hex in 8-4-4-4-12 groups AND a real version (1-8) and
 * variant, which is what podcast:guid (a UUIDv5) requires. `917393e3-1b1e-0cef-0ce4-…` has
 * version 0: it is not a UUID, however UUID-like it looks.
 */
const uuidSchema = z.uuid();

export function isUuid(value: unknown): value is string {
  return uuidSchema.safeParse(value).success;
}
