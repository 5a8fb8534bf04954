import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREVIEW_URL, DEFAULT_SITE_URL } from '../urls/origin.ts';
import { PLACEHOLDER_PROJECT_ID, studioEnv } from './studioEnv.ts';

afterEach(() => vi.unstubAllEnvs());

describe('studioEnv', () => {
  it('gives a placeholder project and the default origins when nothing is set', () => {
    expect(studioEnv({})).toEqual({
      projectId: PLACEHOLDER_PROJECT_ID,
      dataset: 'production',
      siteUrl: DEFAULT_SITE_URL,
      previewUrl: DEFAULT_PREVIEW_URL,
    });
  });

  it('reads SANITY_STUDIO_* from the process (in the bundle, sanity build writes them in)', () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', 'abc123');
    vi.stubEnv('SANITY_STUDIO_DATASET', 'staging');
    vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://staging.example.org/');
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', 'http://127.0.0.1:4000');
    vi.stubEnv('SANITY_STUDIO_API_HOST', 'https://localhost:4451/');
    expect(studioEnv()).toStrictEqual({
      projectId: 'abc123',
      dataset: 'staging',
      siteUrl: 'https://staging.example.org',
      previewUrl: 'http://127.0.0.1:4000',
      apiHost: 'https://localhost:4451',
    });
  });

  it('names a bad value and what to write', () => {
    expect(() => studioEnv({ SANITY_STUDIO_SITE_URL: 'familyroommission.org' })).toThrow(
      'SANITY_STUDIO_SITE_URL="familyroommission.org": must be an http(s) URL, e.g. https://familyroommission.org',
    );
  });
});
