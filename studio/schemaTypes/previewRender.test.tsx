// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { DefaultPreview, type PreviewConfig } from 'sanity';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { podcastEpisode } from './documents/podcastEpisode.ts';
import { post } from './documents/post.ts';

afterEach(cleanup);

const FUTURE = '2099-06-15T12:00:00Z';
const PAST = '2026-01-15T12:00:00Z';

/** Renders a document's list preview the way the desk list shows a row: Sanity's default preview layout. */
function renderRow(preview: PreviewConfig | undefined, selection: Record<string, unknown>) {
  if (!preview?.prepare) throw new Error('type has no preview.prepare');
  const { title, subtitle } = preview.prepare(selection) as { title?: string; subtitle?: string };
  renderInTheme(<DefaultPreview title={title} subtitle={subtitle} />);
}

describe('list rows in the desk', () => {
  it('a scheduled post with an image lacking alt text shows both states beside its title', () => {
    renderRow(post.preview, {
      title: 'Rest for tired parents',
      publishedAt: FUTURE,
      image: { _type: 'image', asset: { _ref: 'image-a-10x10-jpg' } },
    });
    expect(screen.getByText('Rest for tired parents')).toBeTruthy();
    expect(screen.getByText(/Scheduled · Missing alt text$/)).toBeTruthy();
  });

  it('an episode without audio says so, with its season and number', () => {
    renderRow(podcastEpisode.preview, {
      title: 'Dinner questions',
      publishedAt: PAST,
      season: 2,
      episode: 14,
      audio: {},
    });
    expect(screen.getByText('Dinner questions')).toBeTruthy();
    expect(screen.getByText(/^S2 · E14 · .* · Missing audio$/)).toBeTruthy();
  });

  it('a published episode with audio shows no warning state', () => {
    renderRow(podcastEpisode.preview, {
      title: 'Dinner questions',
      publishedAt: PAST,
      season: 2,
      episode: 14,
      audio: { url: 'https://media.example.org/x.mp3' },
    });
    expect(screen.queryByText(/Missing|Scheduled/)).toBeNull();
  });
});
