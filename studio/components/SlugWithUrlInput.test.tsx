// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { SiteAddress } from './SlugWithUrlInput.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

describe('slug input: site address', () => {
  it('shows the full page address for the document type', () => {
    renderInTheme(
      <SiteAddress type="podcastEpisode" slug="family-dinner-questions" origin="https://familyroommission.org" />,
    );
    expect(screen.getByTestId('site-address').textContent).toBe(
      'On the site: https://familyroommission.org/podcast/family-dinner-questions/',
    );
  });

  it('asks for a slug when there is none', () => {
    renderInTheme(<SiteAddress type="post" slug={undefined} origin="https://familyroommission.org" />);
    expect(screen.getByTestId('site-address').textContent).toMatch(/Click “Generate”/);
  });

  it('shows no address for a slug the site would refuse', () => {
    renderInTheme(<SiteAddress type="post" slug="screen time rules" origin="https://familyroommission.org" />);
    expect(screen.getByTestId('site-address').textContent).toBe(
      'No web address yet: fix the web address above, or click “Generate”.',
    );
  });

  it('uses SANITY_STUDIO_SITE_URL by default', () => {
    vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://staging.familyroom.example/');
    renderInTheme(<SiteAddress type="page" slug="about" />);
    expect(screen.getByTestId('site-address').textContent).toBe(
      'On the site: https://staging.familyroom.example/about/',
    );
  });

  it('falls back to the production origin when SANITY_STUDIO_SITE_URL is not set', () => {
    vi.stubEnv('SANITY_STUDIO_SITE_URL', '');
    renderInTheme(<SiteAddress type="page" slug="about" />);
    expect(screen.getByTestId('site-address').textContent).toBe('On the site: https://familyroommission.org/about/');
  });
});
