// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import type { Schema } from 'sanity';
import { RouterProvider, route } from 'sanity/router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderInTheme } from '../../test/render.tsx';
import { createTestWorkspace } from '../../test/testWorkspace.ts';
import { SiteStatusBanner, type SiteStatusValue } from './SiteStatusBanner.tsx';

afterEach(cleanup);

let schema: Schema;
beforeAll(async () => {
  ({ schema } = (await createTestWorkspace()).workspace);
});

// The Studio's own intent route (`/intent/edit/id=…;type=…`), so links resolve as in the Studio.
const router = route.create('/', [route.intents('/intent')]);
const renderBanner = (status: SiteStatusValue | null) =>
  renderInTheme(
    <RouterProvider router={router} state={{}} onNavigate={() => {}}>
      <SiteStatusBanner status={status} schema={schema} />
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
      field: 'audio.durationSeconds',
      message: 'is missing: set the duration in seconds',
    },
    { _key: 'p1', _type: 'siteStatusProblem', documentId: 'podcast', documentType: 'podcast', field: 'ownerEmail', message: 'must be an email address' },
  ],
};

describe('site status banner', { timeout: 30_000 }, () => {
  it('says the site could not be updated and names each document and field in the Studio’s words', () => {
    renderBanner(failed);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toMatch(/^The site could not be updated: it still shows the version from before\. Fix these and publish again\./);
    expect(within(banner).getByText(/Dinner table questions/).textContent).toBe(
      'Podcast episode “Dinner table questions”: Audio › Length (seconds) is missing: set the duration in seconds. Open it',
    );
    expect(within(banner).getByText(/Owner email/).textContent).toBe('Podcast show settings: Owner email must be an email address. Open it');
  });

  it('links each line to its document', () => {
    renderBanner(failed);
    const links = screen.getAllByRole('link', { name: 'Open it' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/intent/edit/id=episode-12;type=podcastEpisode/', '/intent/edit/id=podcast;type=podcast/']);
  });

  it('shows a build failure that is not about content without a link', () => {
    renderBanner({ state: 'failed', problems: [{ _key: 'p0', _type: 'siteStatusProblem', documentId: 'build', documentType: 'build', field: '', message: 'The build failed for a reason other than content.' }] });
    expect(screen.getByRole('alert').textContent).toContain('Fix this and publish again.The build failed for a reason other than content.');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows nothing when the last build updated the site, or before any build', () => {
    renderBanner({ state: 'ok', lastUpdatedAt: '2026-11-30T12:00:00Z', problems: [] });
    expect(screen.queryByRole('alert')).toBeNull();
    renderBanner(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
