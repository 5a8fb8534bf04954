import { describe, expect, it } from 'vitest';
import { checkLicense, licenseTag } from './license.ts';

describe('license', () => {
  it('needs a name and a full-text address only for another license', () => {
    expect(checkLicense(null)).toBe(true);
    expect(checkLicense({ identifier: 'cc-by-4.0' })).toBe(true);
    expect(checkLicense({ identifier: null })).toMatch(/Choose a license/);
    expect(checkLicense({ identifier: 'custom', url: 'https://x.example/l' })).toMatch(/short name/);
    expect(checkLicense({ identifier: 'custom', name: 'mine' })).toMatch(/full text/);
    expect(checkLicense({ identifier: 'custom', name: 'mine', url: 'https://x.example/l' })).toBe(true);
  });

  it('gives the feed a lower-case identifier and always a full-text address', () => {
    expect(licenseTag({ identifier: 'arr' })).toEqual({
      identifier: 'arr',
      url: 'https://en.wikipedia.org/wiki/All_rights_reserved',
    });
    expect(licenseTag({ identifier: 'custom', name: 'My-License-V1', url: 'https://x.example/l' })).toEqual({
      identifier: 'my-license-v1',
      url: 'https://x.example/l',
    });
    expect(licenseTag({ identifier: 'custom', name: 'mine' })).toBeUndefined();
  });
});
