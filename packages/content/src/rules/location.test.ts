import { describe, expect, it } from 'vitest';
import { checkCountryCode, checkGeoUri, checkOsmId } from './location.ts';

describe('podcast:location parts', () => {
  it('accepts geo URIs with latitude and longitude in range', () => {
    for (const geo of ['geo:39.7392,-104.9903', 'geo:-33.8,151.2', 'geo:0,0', 'geo:30.27,-97.74,150', null, ''])
      expect(checkGeoUri(geo)).toBe(true);
    for (const geo of ['39.7,-104.9', 'geo:91,0', 'geo:0,181', 'geo:1;2', 'geo:a,b'])
      expect(checkGeoUri(geo)).toMatch(/^Use geo:/);
  });

  it('accepts OpenStreetMap ids and two-letter country codes', () => {
    expect(checkOsmId('R113314')).toBe(true);
    expect(checkOsmId('r113314')).toMatch(/OpenStreetMap/);
    expect(checkOsmId('113314')).toMatch(/OpenStreetMap/);
    expect(checkCountryCode('US')).toBe(true);
    expect(checkCountryCode('us')).toMatch(/two capital letters/);
    expect(checkCountryCode('USA')).toMatch(/two capital letters/);
  });
});
