import type { DocumentActionProps } from 'sanity';
import { describe, expect, it, vi } from 'vitest';
import { describeOpenOnSite } from './openOnSite.ts';

const now = new Date('2026-03-01T12:00:00Z');
const origin = 'https://familyroommission.org';
const props = (type: string, published: Record<string, unknown> | null, draft: Record<string, unknown> | null = null) =>
  ({ type, published, draft }) as unknown as Pick<DocumentActionProps, 'type' | 'published' | 'draft'>;

describe('Open on site', () => {
  it('opens the published page on the production site', () => {
    const open = vi.fn();
    const action = describeOpenOnSite(
      props('post', { slug: { current: 'rest' }, publishedAt: '2026-02-01T00:00:00Z' }),
      { origin, now, open },
    );
    expect(action).toMatchObject({ label: 'Open on site', disabled: false });
    action!.onHandle!();
    expect(open).toHaveBeenCalledWith('https://familyroommission.org/blog/rest/');
  });

  it('uses the published slug, not an edited draft slug', () => {
    const open = vi.fn();
    describeOpenOnSite(props('podcastEpisode', { slug: { current: 'old' } }, { slug: { current: 'new' } }), {
      origin,
      now,
      open,
    })!.onHandle!();
    expect(open).toHaveBeenCalledWith('https://familyroommission.org/podcast/old/');
  });

  it('is disabled before the first publish and while scheduled', () => {
    const draftOnly = describeOpenOnSite(props('post', null, { slug: { current: 'rest' } }), { origin, now });
    expect(draftOnly).toMatchObject({ disabled: true, title: expect.stringMatching(/publish this document first/) });
    const scheduled = describeOpenOnSite(
      props('post', { slug: { current: 'rest' }, publishedAt: '2026-04-01T00:00:00Z' }),
      { origin, now },
    );
    expect(scheduled).toMatchObject({ disabled: true, title: expect.stringMatching(/^Scheduled/) });
  });

  it('is hidden for documents without an address', () => {
    expect(describeOpenOnSite(props('post', null, {}), { origin, now })).toBeNull();
  });

  it('opens the home page for site settings', () => {
    const open = vi.fn();
    describeOpenOnSite(props('siteSettings', { _id: 'siteSettings' }), { origin, now, open })!.onHandle!();
    expect(open).toHaveBeenCalledWith('https://familyroommission.org/');
  });
});
