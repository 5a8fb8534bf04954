import type { Option } from '../vocabulary.ts';

/** True when `value` is one of the option list's values (the Studio's choices, the model's enum). */
export function isOptionValue(options: readonly Option[], value: unknown): boolean {
  return options.some((option) => option.value === value);
}
