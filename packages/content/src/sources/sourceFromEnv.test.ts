import { describe, expect, it } from 'vitest';
import { createContentLakeSource } from './contentLakeSource.ts';
import { contentSourceFromEnv, perspectiveFromEnv } from './sourceFromEnv.ts';

// What the Content Lake answers for each perspective is tested against the shared stand-in in
// packages/dataset-tools/src/contentLakeServer.test.ts ("the Content Lake source on the stand-in").

describe('SANITY_PERSPECTIVE', () => {
  it('defaults to published', () => {
    expect(perspectiveFromEnv({})).toBe('published');
    expect(perspectiveFromEnv({ SANITY_PERSPECTIVE: ' ' })).toBe('published');
    expect(perspectiveFromEnv({ SANITY_PERSPECTIVE: 'published' })).toBe('published');
  });

  it('accepts drafts with a project and a read token', () => {
    expect(
      perspectiveFromEnv({
        SANITY_PERSPECTIVE: 'drafts',
        SANITY_PROJECT_ID: 'abc123',
        SANITY_API_READ_TOKEN: 'sk-test',
      }),
    ).toBe('drafts');
  });

  it('explains what drafts preview is missing', () => {
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'drafts', SANITY_PROJECT_ID: 'abc123' })).toThrow(
      /needs SANITY_API_READ_TOKEN/,
    );
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'drafts' })).toThrow(
      /needs SANITY_PROJECT_ID and SANITY_API_READ_TOKEN/,
    );
  });

  it('rejects unknown perspectives', () => {
    expect(() => perspectiveFromEnv({ SANITY_PERSPECTIVE: 'raw' })).toThrow(
      /SANITY_PERSPECTIVE="raw": is not supported/,
    );
  });

  it('does not silently fall back to the embedded dataset for drafts', async () => {
    await expect(contentSourceFromEnv({ SANITY_PERSPECTIVE: 'drafts' }, '/nonexistent')).rejects.toThrow(
      /SANITY_PROJECT_ID/,
    );
  });

  it('the Content Lake source itself refuses drafts without a token', () => {
    expect(() =>
      createContentLakeSource({
        projectId: 'abc123',
        dataset: 'production',
        apiVersion: '2025-02-19',
        perspective: 'drafts',
      }),
    ).toThrow(/needs a read token/);
  });
});
