// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { AUDIO_SIZE_MISSING } from '@frm/content';
import { notContentMessage } from '@frm/content/siteStatus';
import { RouterProvider, route } from 'sanity/router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInTheme } from '../../test/render.tsx';
import { SiteStatusBanner, type SiteStatusValue } from './SiteStatusBanner.tsx';

afterEach(cleanup);

// The Studio's own intent route (`/intent/edit/id=…;type=…`), so links resolve as in the Studio.
const router = route.create('/', [route.intents('/intent')]);
const renderBanner = (status: SiteStatusValue | null) =>
  renderInTheme(
    <RouterProvider router={router} state={{}} onNavigate={() => {}}>
      <SiteStatusBanner status={status} />
    </RouterProvider>,
  );

const failed: SiteStatusValue = {
  state: 'failed',
  failedAt: '2026-11-30T12:00:00Z',
  problems: [
    {
      _key: 'p0',
      _type: 'siteStatusProblem',
      documentId: 'episode-12',
      documentType: 'podcastEpisode',
      documentTitle: 'Dinner table questions',
      field: 'audio.sizeBytes',
      message: AUDIO_SIZE_MISSING,
    },
    {
      _key: 'p1',
      _type: 'siteStatusProblem',
      documentId: 'podcast',
      documentType: 'podcast',
      field: 'ownerEmail',
      message: 'must be an email address',
    },
  ],
};

describe('site status banner', { timeout: 30_000 }, () => {
  it('says the site could not be updated and names each document, tab and field in the Studio’s words', () => {
    renderBanner(failed);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toMatch(
      /^The site could not be updated: it still shows the version from before\. Fix these and publish again\./,
    );
    expect(within(banner).getByText(/Dinner table questions/).textContent).toBe(
      'Podcast episode “Dinner table questions”, Audio & feed tab: Audio › File size (bytes) is missing: podcast apps need the exact file size; click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again. Open it',
    );
    expect(within(banner).getByText(/Owner email/).textContent).toMatch(
      /^Podcast show settings, [^:]+ tab: Owner email must be an email address\. Open it$/,
    );
  });

  it('opens each document at the field named (the Studio selects the field’s tab)', () => {
    renderBanner(failed);
    const links = screen.getAllByRole('link', { name: 'Open it' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/intent/edit/id=episode-12;type=podcastEpisode;path=audio.sizeBytes/',
      '/intent/edit/id=podcast;type=podcast;path=ownerEmail/',
    ]);
  });

  it('a failure that is not about content: the editor’s work is saved, which step failed, the run log, nothing to fix', () => {
    renderBanner({
      state: 'failed',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      problems: [
        {
          _key: 'p0',
          _type: 'siteStatusProblem',
          documentId: 'build',
          documentType: 'build',
          field: '',
          message: notContentMessage('Deploy to GitHub Pages'),
        },
      ],
    });
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toBe(
      'Your changes were saved but the site could not be published (the step “Deploy to GitHub Pages” failed). The site still shows the version from before. Nothing to fix in the Studio: the developers can see why in the run log. Open the run log',
    );
    expect(text).not.toContain('Fix this');
    expect(text).not.toContain('..');
    expect(screen.getByRole('link', { name: 'Open the run log' }).getAttribute('href')).toBe(
      'https://github.com/o/r/actions/runs/1',
    );
  });

  it('shows nothing when the last build updated the site, or before any build', () => {
    renderBanner({ state: 'ok', lastUpdatedAt: '2026-11-30T12:00:00Z', problems: [] });
    expect(screen.queryByRole('alert')).toBeNull();
    renderBanner(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
