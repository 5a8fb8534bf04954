import { z } from 'zod';

/*
 * zod's email check is the rule: the build has always validated owner emails with it, and it is
 * stricter than a "something@something.something" pattern (a top-level domain of 2+ letters,
 * no leading dot or "..", a restricted set of characters), which is what feed directories want.
 */
const emailSchema = z.email();

export function isEmailAddress(value: unknown): value is string {
  return emailSchema.safeParse(value).success;
}
