import { z } from 'zod';

/*
 * Validation without copying, for large trees that are almost always valid (Portable Text bodies:
 * 134,000 blocks at 5,000 posts; zod objects always build new objects, and the copies cost most of
 * the validation and its garbage collection). The rules stay the schema's own: the walk reads the
 * schema's definition and accepts a value as it is only when the schema would return an equal
 * value (known keys only, leaves unchanged by their checks and transforms). Anything else, valid
 * or not, goes through the schema itself, so outputs, issue paths and messages are the schema's.
 */

type Schema = z.core.$ZodType;

// Reads zod 4's definitions (`_zod.def`, the core API for libraries) and, for speed, two
// internals (`_zod.propValues`, `_zod.values`): if a zod upgrade changes them the walk answers
// "not as is" and zod validates everything (slower, same results); reuseValid.test.ts then fails
// on "returns a valid body ... as the same object". Checked with zod 4.6.7.
const LEAVES = new Set(['string', 'literal', 'enum', 'number', 'boolean']);

/** True when `schema` accepts `value` and would return a value deep-equal to it. */
export function isKeptAsIs(schema: Schema, value: unknown): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // A refine or check on a container (an object, a list, a nullable...) is run by zod itself.
  if (def.checks?.length && !LEAVES.has(def.type)) return false;
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const shape = def.shape as Record<string, Schema>;
      const record = value as Record<string, unknown>;
      for (const key in record) if (!Object.hasOwn(shape, key)) return false;
      for (const key in shape) {
        const field = record[key];
        if (field === undefined) {
          if (key in record || shape[key]!._zod.optin !== 'optional') return false;
        } else if (!isKeptAsIs(shape[key]!, field)) return false;
      }
      return true;
    }
    case 'array': {
      if (!Array.isArray(value) || def.checks?.length) return false;
      for (const item of value) if (!isKeptAsIs(def.element as Schema, item)) return false;
      return true;
    }
    case 'union': {
      const discriminator = def.discriminator as string | undefined;
      if (!discriminator || typeof value !== 'object' || value === null) return false;
      const option = optionsByTag(schema, def.options as Schema[], discriminator).get((value as Record<string, unknown>)[discriminator]);
      return option !== undefined && isKeptAsIs(option, value);
    }
    case 'optional':
      return value === undefined || isKeptAsIs(def.innerType as Schema, value);
    case 'nullable':
      return value === null || isKeptAsIs(def.innerType as Schema, value);
    case 'pipe':
      // A transform after the checks (e.g. null -> []) keeps the value only if it returns it.
      return isKeptAsIs(def.in as Schema, value) && isLeafKept(def.out as Schema, value);
    case 'string':
    case 'literal':
    case 'enum':
    case 'number':
    case 'boolean':
      return isLeafKept(schema, value);
    default:
      return false;
  }
}

const optionMaps = new WeakMap<Schema, Map<unknown, Schema>>();

/** A discriminated union's options by their tag value (built once per union). */
function optionsByTag(union: Schema, options: Schema[], discriminator: string): Map<unknown, Schema> {
  let map = optionMaps.get(union);
  if (!map) {
    map = new Map();
    for (const option of options) for (const tag of (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[discriminator] ?? []) map.set(tag, option);
    optionMaps.set(union, map);
  }
  return map;
}

function isLeafKept(schema: Schema, value: unknown): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // Plain leaves without checks: the type test is the whole rule (no parse result to allocate).
  if (!def.checks?.length) {
    if (def.type === 'string') return typeof value === 'string';
    if (def.type === 'boolean') return typeof value === 'boolean';
    if (def.type === 'literal' || def.type === 'enum') return (schema._zod as { values?: Set<unknown> }).values?.has(value) ?? false;
  }
  const result = z.safeParse(schema, value);
  return result.success && result.data === value;
}

/** `schema`, validated by the walk above first: a valid tree comes back as the same object. */
export function reuseValid<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((value, ctx): z.output<T> => {
    if (isKeptAsIs(schema, value)) return value as z.output<T>;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  });
}
