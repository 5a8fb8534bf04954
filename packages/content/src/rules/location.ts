import { isEmptyValue } from './fieldCheck.ts';

/* The parts of a Podcasting 2.0 `podcast:location` tag. */

// RFC 5870 geo URI with latitude and longitude (an altitude is allowed), e.g. geo:30.2672,-97.7431
const GEO = /^geo:(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,-?\d+(?:\.\d+)?)?$/;

export function checkGeoUri(value: unknown): true | string {
  if (isEmptyValue(value)) return true;
  const message = 'Use geo: followed by latitude and longitude, e.g. geo:39.7392,-104.9903';
  const match = typeof value === 'string' ? GEO.exec(value) : null;
  if (!match) return message;
  return Math.abs(Number(match[1])) <= 90 && Math.abs(Number(match[2])) <= 180 ? true : message;
}

export function checkOsmId(value: unknown): true | string {
  if (isEmptyValue(value)) return true;
  return typeof value === 'string' && /^[NWR]\d+$/.test(value)
    ? true
    : 'Use N, W or R followed by the OpenStreetMap number, e.g. R113314 (find it on openstreetmap.org)';
}

export function checkCountryCode(value: unknown): true | string {
  if (isEmptyValue(value)) return true;
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value)
    ? true
    : 'Use the two capital letters of the country, e.g. US';
}
