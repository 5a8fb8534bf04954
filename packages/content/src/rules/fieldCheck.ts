import { z } from 'zod';

/**
 * A field rule shared by the studio and the zod models: `true` when the value is acceptable,
 * otherwise a message an editor understands. The studio passes it to `rule.custom()`, the models
 * to `withCheck()`, so what the studio accepts is exactly what the build accepts.
 */
export type FieldCheck = (value: unknown) => true | string;

export const isEmptyValue = (value: unknown) => value === undefined || value === null || value === '';

/** `schema` narrowed by `check`; the check's message becomes the zod issue. */
export function withCheck<T extends z.ZodType>(schema: T, check: FieldCheck) {
  return schema.superRefine((value, ctx) => {
    const result = check(value);
    if (result !== true) ctx.addIssue({ code: 'custom', message: result });
  });
}
