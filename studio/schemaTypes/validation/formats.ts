import { isEmailAddress, isLanguageTag, isUuid } from '@frm/content/rules';

/** Format checks for text fields that feed the podcast RSS feed: the build's rules, editors' words. */

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function checkEmail(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return isEmailAddress(value) ? true : 'Use an email address like name@example.org';
}

export function checkLanguageTag(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return isLanguageTag(value) ? true : 'Use a language code like en-us (English, United States)';
}

export function checkUuid(value: unknown): true | string {
  if (isEmpty(value)) return true;
  return isUuid(value)
    ? true
    : 'Use a GUID like 917393e3-1b1e-5cef-ace4-edaa54e1f810 (copied from the previous host), or leave this empty';
}
