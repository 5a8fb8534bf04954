import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../urls/origin.ts';
import { buildTime } from './buildTime.ts';
import { readEnv } from './env.ts';
import { DEFAULT_API_VERSION } from './sanityApi.ts';

describe('readEnv', () => {
  it('gives the defaults when nothing is set, and treats blank values as unset', () => {
    for (const env of [{}, { SITE_URL: '', SANITY_DATASET: '  ', SANITY_PERSPECTIVE: ' ', E2E_PORT: '' }]) {
      const config = readEnv(env);
      expect(config.siteUrl).toBe(DEFAULT_SITE_URL);
      expect(config.sanity).toEqual({
        projectId: undefined,
        dataset: 'production',
        apiVersion: DEFAULT_API_VERSION,
        readToken: undefined,
        writeToken: undefined,
        apiHost: undefined,
        perspective: 'published',
      });
      expect(config.buildTime).toBeUndefined();
      expect(config.e2e).toEqual({ port: 4329, chromiumPath: '/usr/bin/chromium' });
      expect(config.shareCards).toBe(true);
    }
  });

  it('reads and trims every variable', () => {
    const config = readEnv({
      SITE_URL: 'https://staging.example.org/',
      LOCAL_DATASET: ' ../export.tar.gz ',
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'staging_2',
      SANITY_API_VERSION: '2026-01-31',
      SANITY_API_READ_TOKEN: 'sk-read',
      SANITY_API_WRITE_TOKEN: 'sk-write',
      SANITY_API_HOST: 'http://127.0.0.1:4410',
      SANITY_PERSPECTIVE: 'drafts',
      BUILD_TIME: '2026-01-31T12:00:00Z',
      ASTRO_OUT_DIR: '/tmp/out',
      ASTRO_CACHE_DIR: '/tmp/cache',
      SHARE_CARDS: ' Off ',
      E2E_PORT: '4341',
      CHROMIUM_PATH: '/opt/chromium',
      SANITY_STUDIO_URL: ' https://frm.sanity.studio/ ',
    });
    expect(config).toEqual({
      siteUrl: 'https://staging.example.org',
      localDataset: '../export.tar.gz',
      sanity: {
        projectId: 'abc123',
        dataset: 'staging_2',
        apiVersion: '2026-01-31',
        readToken: 'sk-read',
        writeToken: 'sk-write',
        apiHost: 'http://127.0.0.1:4410',
        perspective: 'drafts',
      },
      buildTime: new Date('2026-01-31T12:00:00Z'),
      studioUrl: 'https://frm.sanity.studio',
      astro: { outDir: '/tmp/out', cacheDir: '/tmp/cache' },
      shareCards: false,
      e2e: { port: 4341, chromiumPath: '/opt/chromium' },
    });
  });

  it('names every bad variable, its value and what to write, in one error', () => {
    const bad = () =>
      readEnv({
        SITE_URL: 'familyroommission.org',
        SANITY_DATASET: 'Production',
        BUILD_TIME: 'tomorrow',
        E2E_PORT: '80000',
        SANITY_PERSPECTIVE: 'raw',
        SHARE_CARDS: 'no',
      });
    expect(bad).toThrow('SITE_URL="familyroommission.org": must be an http(s) URL, e.g. https://familyroommission.org');
    expect(bad).toThrow('SANITY_DATASET="Production": must be a Sanity dataset name');
    expect(bad).toThrow('BUILD_TIME="tomorrow": is not a date; use ISO 8601');
    expect(bad).toThrow('E2E_PORT="80000": must be a port number');
    expect(bad).toThrow('SANITY_PERSPECTIVE="raw": is not supported; use "published" (default) or "drafts"');
    expect(bad).toThrow('SHARE_CARDS="no": must be "on" (default) or "off"');
  });

  it('refuses a URL that is not http(s) and a malformed project id or API version', () => {
    expect(() => readEnv({ SITE_URL: 'ftp://example.org' })).toThrow(
      /SITE_URL="ftp:\/\/example.org": must be an http\(s\) URL/,
    );
    expect(() => readEnv({ SANITY_STUDIO_URL: 'frm.sanity.studio' })).toThrow(
      /SANITY_STUDIO_URL="frm.sanity.studio": must be an http\(s\) URL/,
    );
    expect(() => readEnv({ SANITY_PROJECT_ID: 'My Project' })).toThrow(
      /SANITY_PROJECT_ID="My Project": must be a Sanity project id/,
    );
    expect(() => readEnv({ SANITY_API_VERSION: 'latest' })).toThrow(
      /SANITY_API_VERSION="latest": must be an API version date/,
    );
  });
});

describe('buildTime', () => {
  it('is BUILD_TIME when set, the far future in draft preview, else the clock', () => {
    expect(buildTime({ BUILD_TIME: '2026-01-31T12:00:00Z', SANITY_PERSPECTIVE: 'drafts' })).toEqual(
      new Date('2026-01-31T12:00:00Z'),
    );
    expect(buildTime({ SANITY_PERSPECTIVE: 'drafts' }).getUTCFullYear()).toBe(9999);
    const before = Date.now();
    const now = buildTime({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('readEnv cache', () => {
  it('reads again when a value changes', () => {
    expect(readEnv({ SITE_URL: 'https://a.example.org' }).siteUrl).toBe('https://a.example.org');
    expect(readEnv({ SITE_URL: 'https://a.example.org' }).siteUrl).toBe('https://a.example.org');
    expect(readEnv({ SITE_URL: 'https://b.example.org' }).siteUrl).toBe('https://b.example.org');
    expect(readEnv({}).siteUrl).toBe(DEFAULT_SITE_URL);
    expect(() => readEnv({ SITE_URL: 'nope' })).toThrow(/SITE_URL="nope"/);
  });
});
