// @vitest-environment jsdom
import type { PreviewConfig } from 'sanity';
import { describe, expect, it } from 'vitest';
import { podcastEpisode } from './documents/podcastEpisode.ts';
import { post } from './documents/post.ts';
import { resource } from './documents/resource.ts';
import { formatDate } from './preview.ts';

const FUTURE = '2099-06-15T12:00:00Z';
const PAST = '2026-01-15T12:00:00Z';
const image = (alt?: string) => ({
  _type: 'image',
  asset: { _type: 'reference', _ref: 'image-abc-1600x900-jpg' },
  alt,
});

const prepare = (preview: PreviewConfig | undefined, selection: Record<string, unknown>) => {
  if (!preview?.prepare) throw new Error('type has no preview.prepare');
  return preview.prepare(selection) as { title?: string; subtitle?: string; media?: unknown };
};

describe('list previews', () => {
  it('post selects the fields its subtitle needs', () => {
    expect(post.preview?.select).toMatchObject({ title: 'title', publishedAt: 'publishedAt', image: 'mainImage' });
  });

  it('post shows date, author, Scheduled and Missing alt text', () => {
    const result = prepare(post.preview, { title: 'Rest', publishedAt: FUTURE, image: image(), author: 'Ruth Miller' });
    expect(result).toMatchObject({ title: 'Rest', media: image() });
    expect(result.subtitle).toBe(`${formatDate(FUTURE)} · Ruth Miller · Scheduled · Missing alt text`);
  });

  it('a published post with alt text shows only its date', () => {
    expect(prepare(post.preview, { title: 'Rest', publishedAt: PAST, image: image('Family walking') }).subtitle).toBe(
      formatDate(PAST),
    );
  });

  it('episode shows season, number, date and Missing audio', () => {
    expect(podcastEpisode.preview?.select).toMatchObject({
      audio: 'audio',
      image: 'image',
      publishedAt: 'publishedAt',
    });
    const selection = {
      title: 'Dinner questions',
      publishedAt: PAST,
      season: 2,
      episode: 14,
      audio: { mimeType: 'audio/mpeg' },
    };
    expect(prepare(podcastEpisode.preview, selection).subtitle).toBe(`S2 · E14 · ${formatDate(PAST)} · Missing audio`);
  });

  it('episode with a file or url is not missing audio', () => {
    const withUrl = { title: 'x', publishedAt: PAST, audio: { url: 'https://media.example.org/x.mp3' } };
    const withFile = { title: 'x', publishedAt: PAST, audio: { file: { asset: { _ref: 'file-abc-mp3' } } } };
    expect(prepare(podcastEpisode.preview, withUrl).subtitle).toBe(formatDate(PAST));
    expect(prepare(podcastEpisode.preview, withFile).subtitle).toBe(formatDate(PAST));
  });

  it('resource shows its kind and price', () => {
    expect(
      prepare(resource.preview, { title: 'Devotions', kind: 'ebook', isFree: true, image: image() }).subtitle,
    ).toBe('E-book · Free · Missing alt text');
  });
});
