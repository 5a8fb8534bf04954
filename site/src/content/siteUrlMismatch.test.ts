import { describe, expect, it } from 'vitest';
import { formatProblem } from '@frm/content';
import { siteUrlMismatch } from './siteUrlMismatch.ts';

describe('siteUrlMismatch', () => {
  it('is quiet when the Studio and the build agree (a trailing slash or letter case aside)', () => {
    expect(siteUrlMismatch('https://familyroommission.org/', 'https://FamilyRoomMission.org')).toBeUndefined();
  });

  it('names the document, the field, both addresses and what to change when they differ', () => {
    const problem = siteUrlMismatch('https://familyroommission.org', 'https://staging.familyroommission.org');
    expect(formatProblem(problem!)).toBe(
      'siteSettings "siteSettings" field "siteUrl": is https://familyroommission.org, but this build writes links, feeds and the sitemap for https://staging.familyroommission.org (SITE_URL): change "Site address" in Site settings, or SITE_URL where the site is built, so that they match',
    );
  });
});
