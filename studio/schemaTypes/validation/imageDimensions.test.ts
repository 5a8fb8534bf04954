import { describe, expect, it } from 'vitest';
import { checkSquareArtwork, dimensionsFromAssetId } from './imageDimensions.ts';

const image = (ref: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: ref } });
const asset = (w: number, h: number, ext = 'jpg') => `image-a94a8fe5ccb19ba61c4c0873d391e987982fbbd3-${w}x${h}-${ext}`;

describe('dimensionsFromAssetId', () => {
  it('reads width and height from the asset id', () => {
    expect(dimensionsFromAssetId(asset(1400, 1400))).toEqual({ width: 1400, height: 1400 });
    expect(dimensionsFromAssetId(asset(3000, 2000, 'png'))).toEqual({ width: 3000, height: 2000 });
  });

  it('returns undefined for ids that are not image assets', () => {
    expect(dimensionsFromAssetId('file-a94a8fe5-mp3')).toBeUndefined();
    expect(dimensionsFromAssetId('image-abc-1400-jpg')).toBeUndefined();
    expect(dimensionsFromAssetId(undefined)).toBeUndefined();
  });
});

describe('checkSquareArtwork', () => {
  it('accepts square artwork from 1400 to 3000 pixels', () => {
    expect(checkSquareArtwork(image(asset(1400, 1400)))).toBe(true);
    expect(checkSquareArtwork(image(asset(3000, 3000, 'png')))).toBe(true);
  });

  it('ignores an empty image field (required() handles it)', () => {
    expect(checkSquareArtwork(undefined)).toBe(true);
    expect(checkSquareArtwork({ _type: 'image' })).toBe(true);
  });

  it.each([
    [1200, 1200],
    [3001, 3001],
    [1400, 1500],
    [2000, 1125],
  ])('rejects %ix%i with the actual size in the message', (w, h) => {
    expect(checkSquareArtwork(image(asset(w, h)))).toBe(
      `Podcast apps need square artwork from 1400×1400 to 3000×3000 pixels; this image is ${w}×${h}`,
    );
  });

  it('asks for a new upload when the size cannot be read', () => {
    expect(checkSquareArtwork(image('image-broken'))).toBe('Could not read the image size: upload the artwork again');
  });
});
