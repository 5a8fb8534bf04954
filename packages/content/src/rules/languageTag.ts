/** BCP-47-like tags as RSS <language> uses them: "en", "en-us", "pt-BR", "es-419". */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGE_TAG_PATTERN.test(value);
}
