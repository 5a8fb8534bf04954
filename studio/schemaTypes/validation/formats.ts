/** Format checks for text fields that feed the podcast RSS feed. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// BCP-47-like tags as used by RSS <language>: "en", "en-us", "pt-BR".
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function checkEmail(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return typeof value === 'string' && EMAIL.test(value) ? true : 'Use an email address like name@example.org';
}

export function checkLanguageTag(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return typeof value === 'string' && LANGUAGE.test(value) ? true : 'Use a language code like en-us (English, United States)';
}

export function checkUuid(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return typeof value === 'string' && UUID.test(value)
    ? true
    : 'Use a GUID like 917393e3-1b1e-5cef-ace4-edaa54e1f810, or leave this empty';
}
