import { describe, expect, it } from 'vitest';
import { ALT_REQUIRED_MESSAGE, checkAltText } from './imageAlt.ts';

const withAsset = { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-10x10-jpg' } };

describe('checkAltText', () => {
  it('requires alt text when an image is uploaded', () => {
    expect(checkAltText(undefined, withAsset)).toBe(ALT_REQUIRED_MESSAGE);
    expect(checkAltText('   ', withAsset)).toBe(ALT_REQUIRED_MESSAGE);
    expect(ALT_REQUIRED_MESSAGE).toBe('Describe the image for people using screen readers');
  });

  it('accepts a description', () => {
    expect(checkAltText('Family praying at the table', withAsset)).toBe(true);
  });

  it('does not nag about an empty image field', () => {
    expect(checkAltText(undefined, undefined)).toBe(true);
    expect(checkAltText(undefined, { _type: 'image' })).toBe(true);
  });
});
