import { knownLicenses } from '../vocabulary.ts';
import { isEmptyValue } from './fieldCheck.ts';

export interface LicenseValue {
  identifier?: string | null;
  name?: string | null;
  url?: string | null;
}

/** A chosen license is complete: "another license" needs its name and the address of its full text. */
export function checkLicense(value: unknown): true | string {
  if (isEmptyValue(value)) return true;
  const license = value as LicenseValue;
  if (isEmptyValue(license.identifier)) return 'Choose a license, or remove the license';
  if (license.identifier !== 'custom') return true;
  if (isEmptyValue(license.name?.trim())) return 'Give the license’s short name, e.g. my-podcast-license-v1';
  if (isEmptyValue(license.url)) return 'Add the web address of the license’s full text';
  return true;
}

/** The feed's `podcast:license` identifier and the address of its full text. */
export function licenseTag(license: LicenseValue): { identifier: string; url: string } | undefined {
  const known = knownLicenses.find((l) => l.value === license.identifier);
  if (!known) return undefined;
  if (known.url) return { identifier: known.value, url: known.url };
  const name = license.name?.trim();
  return name && license.url ? { identifier: name.toLowerCase(), url: license.url } : undefined;
}
