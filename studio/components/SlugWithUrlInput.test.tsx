// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { SiteAddress } from './SlugWithUrlInput.tsx';

afterEach(cleanup);

describe('slug input: site address', () => {
  it('shows the full page address for the document type', () => {
    renderInTheme(<SiteAddress type="podcastEpisode" slug="family-dinner-questions" origin="https://familyroommission.org" />);
    expect(screen.getByTestId('site-address').textContent).toBe('On the site: https://familyroommission.org/podcast/family-dinner-questions/');
  });

  it('asks for a slug when there is none', () => {
    renderInTheme(<SiteAddress type="post" slug={undefined} origin="https://familyroommission.org" />);
    expect(screen.getByTestId('site-address').textContent).toMatch(/Click “Generate”/);
  });

  it('uses SANITY_STUDIO_SITE_URL by default', () => {
    renderInTheme(<SiteAddress type="page" slug="about" />);
    expect(screen.getByTestId('site-address').textContent).toMatch(/^On the site: https?:\/\/[^/]+\/about\/$/);
  });
});
