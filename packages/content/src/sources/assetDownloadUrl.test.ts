import { describe, expect, it } from 'vitest';
import { assetDownloadUrl } from './assetDownloadUrl.ts';

const cdn = 'https://cdn.sanity.io/files/abc123/production/a31628fe3cac3d49bb73f429079c60be3a95accc.vtt';

describe('assetDownloadUrl', () => {
  it('downloads from the Sanity CDN by default', () => {
    expect(assetDownloadUrl(cdn, {})).toBe(cdn);
    expect(assetDownloadUrl(cdn, { SANITY_ASSET_BASE_URL: ' ' })).toBe(cdn);
  });

  it('reads CDN assets from SANITY_ASSET_BASE_URL when set, keeping the path', () => {
    expect(assetDownloadUrl(cdn, { SANITY_ASSET_BASE_URL: 'http://127.0.0.1:4330/' })).toBe(
      'http://127.0.0.1:4330/files/abc123/production/a31628fe3cac3d49bb73f429079c60be3a95accc.vtt',
    );
  });

  it('leaves other hosts alone', () => {
    const elsewhere = 'https://cdn.sanity.io.example.com/files/x.vtt';
    expect(assetDownloadUrl(elsewhere, { SANITY_ASSET_BASE_URL: 'http://127.0.0.1:4330' })).toBe(elsewhere);
    expect(
      assetDownloadUrl('https://media.example.org/t.vtt', { SANITY_ASSET_BASE_URL: 'http://127.0.0.1:4330' }),
    ).toBe('https://media.example.org/t.vtt');
  });
});
