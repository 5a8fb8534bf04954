/** Text counts as filled in when it has something besides spaces and line breaks. */
export function isFilledText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
