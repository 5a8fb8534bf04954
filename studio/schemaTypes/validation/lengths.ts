/**
 * Length checks with reasons an editor understands. Used with `.warning()` for soft limits
 * (search results cut long titles) and `.error()` for hard limits (podcast apps reject them).
 */
export function checkMaxLength(value: unknown, max: number, reason: string): true | string {
  if (typeof value !== 'string') return true;
  const length = [...value].length; // count characters, not UTF-16 units
  return length <= max ? true : `Keep this to ${max} characters or fewer ${reason} (now ${length})`;
}

export function checkPresent(value: unknown, message: string): true | string {
  return typeof value === 'string' ? (value.trim() === '' ? message : true) : value == null ? message : true;
}
