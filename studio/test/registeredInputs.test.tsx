// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { FormValueProvider, type ObjectSchemaType, SourceProvider, type Workspace, WorkspaceProvider } from 'sanity';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderInTheme } from './render.tsx';
import { createTestWorkspace } from './testWorkspace.ts';

/*
 * The inputs the schema registers, taken from the resolved Studio workspace (not imported from
 * their modules) and rendered with the Studio's own providers: the slug input reads the document
 * type from the form, the audio input reads the uploaded asset with the workspace's client.
 */

const ASSET = 'file-0123456789abcdef0123456789abcdef01234567-mp3';
const assetFacts = {
  url: 'https://cdn.sanity.io/files/frm/production/0123456789abcdef0123456789abcdef01234567.mp3',
  size: 48_213_456,
  mimeType: 'audio/mpeg',
  originalFilename: 'ep12.mp3',
};

let workspace: Workspace;
let calls: { query: string; params: Record<string, unknown> }[];

beforeAll(async () => {
  ({ workspace, calls } = await createTestWorkspace((query, params) => (params.id === ASSET ? assetFacts : null)));
}, 60_000);

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

type AnyInput = ComponentType<Record<string, unknown>>;

/** The input component the schema registers for `field` of document type `type`. */
function registeredInput(type: string, field: string): AnyInput {
  const documentType = workspace.schema.get(type) as ObjectSchemaType | undefined;
  const fieldType = documentType?.fields.find((f) => f.name === field)?.type;
  const input = fieldType?.components?.input;
  if (!input) throw new Error(`${type}.${field} has no custom input in the schema`);
  return input as AnyInput;
}

describe('slug input registered on every type with a page', () => {
  it.each([
    ['post', '/blog/rest-for-parents/'],
    ['podcastEpisode', '/podcast/rest-for-parents/'],
    ['page', '/rest-for-parents/'],
    ['person', '/people/rest-for-parents/'],
    ['topic', '/blog/topics/rest-for-parents/'],
    ['resource', '/resources/ebook/rest-for-parents/'],
  ])(
    "%s: shows the page address from the form's document type",
    (type, path) => {
      vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://staging.familyroom.example');
      const Input = registeredInput(type, 'slug');
      renderInTheme(
        <FormValueProvider value={{ _id: 'doc-1', _type: type, kind: 'ebook' }}>
          <Input
            value={{ _type: 'slug', current: 'rest-for-parents' }}
            renderDefault={() => <input aria-label="Web address" readOnly value="rest-for-parents" />}
          />
        </FormValueProvider>,
      );
      expect(screen.getByLabelText('Web address')).toBeTruthy();
      expect(screen.getByTestId('site-address').textContent).toBe(
        `On the site: https://staging.familyroom.example${path}`,
      );
    },
    30_000,
  );
});

describe('audio input registered on podcastEpisode.audio', () => {
  it('reads size, format and length of a newly uploaded file through the workspace client', async () => {
    // jsdom loads no media: the <audio> element reports the length a browser would.
    vi.spyOn(HTMLMediaElement.prototype, 'duration', 'get').mockReturnValue(2712.4);
    const load = vi.spyOn(HTMLMediaElement.prototype, 'src', 'set').mockImplementation(function (
      this: HTMLMediaElement,
    ) {
      setTimeout(() => this.dispatchEvent(new Event('loadedmetadata')));
    });
    const fetch = vi.fn(async () => new Response(null, { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    const Input = registeredInput('podcastEpisode', 'audio');
    const onChange = vi.fn();
    const source = workspace.unstable_sources[0]!;
    const ui = (value: Record<string, unknown>) => (
      <WorkspaceProvider workspace={workspace}>
        <SourceProvider source={source}>
          <FormValueProvider value={{ _id: 'episode-1', _type: 'podcastEpisode', audio: value }}>
            <Input
              value={value}
              onChange={onChange}
              readOnly={false}
              renderDefault={() => <input type="file" aria-label="Audio file" />}
            />
          </FormValueProvider>
        </SourceProvider>
      </WorkspaceProvider>
    );
    const view = renderInTheme(ui({ _type: 'podcastAudio' }));
    expect(screen.getByLabelText('Audio file')).toBeTruthy();
    // The upload finished: the form now holds a reference to the new asset.
    await act(async () =>
      view.rerender(ui({ _type: 'podcastAudio', file: { _type: 'file', asset: { _type: 'reference', _ref: ASSET } } })),
    );
    await waitFor(() => expect(screen.getByTestId('audio-metadata').textContent).toMatch(/were read from the audio/), {
      timeout: 10_000,
    });
    expect(calls.filter((c) => c.params.id === ASSET).length).toBeGreaterThan(0);
    expect(calls.find((c) => c.params.id === ASSET)!.query).toMatch(/url, size, mimeType, originalFilename/);
    const patches = onChange.mock.calls.flatMap(([p]) => p as { type: string; path: string[]; value: unknown }[]);
    expect(Object.fromEntries(patches.filter((p) => p.type === 'set').map((p) => [p.path.join('.'), p.value]))).toEqual(
      { mimeType: 'audio/mpeg', sizeBytes: 48_213_456, durationSeconds: 2712 },
    );
    // Size and format came from the asset document: no request to the file itself was needed.
    expect(fetch).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledWith(assetFacts.url);
  }, 30_000);

  it('says under an uploaded file where it is served from and what its downloads cost', () => {
    const Input = registeredInput('podcastEpisode', 'audio');
    const value = {
      _type: 'podcastAudio',
      file: { _type: 'file', asset: { _type: 'reference', _ref: ASSET } },
      mimeType: 'audio/mpeg',
      sizeBytes: 48_213_456,
      durationSeconds: 2712,
    };
    renderInTheme(
      <WorkspaceProvider workspace={workspace}>
        <SourceProvider source={workspace.unstable_sources[0]!}>
          <FormValueProvider value={{ _id: 'episode-1', _type: 'podcastEpisode', audio: value }}>
            <Input
              value={value}
              onChange={vi.fn()}
              readOnly={false}
              renderDefault={() => <input type="file" aria-label="Audio file" />}
            />
          </FormValueProvider>
        </SourceProvider>
      </WorkspaceProvider>,
    );
    expect(screen.getByTestId('audio-hosting-notice').textContent).toContain(
      'This file is 48.2 MB: 1,000 downloads use 48.2 GB',
    );
  }, 30_000);
});
