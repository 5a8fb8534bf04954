// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { AudioMetadataInput, type AudioMetadataDeps, type AudioValue, metadataPatches } from './AudioMetadataInput.tsx';

afterEach(cleanup);

const ASSET = 'file-0123456789abcdef-mp3';

function setup(value: AudioValue | undefined, overrides: Partial<AudioMetadataDeps> = {}) {
  const onChange = vi.fn();
  const deps: AudioMetadataDeps = {
    fetch: vi.fn(
      async () => new Response(null, { headers: { 'content-length': '48213456', 'content-type': 'audio/mpeg' } }),
    ) as unknown as typeof fetch,
    probeDuration: vi.fn(async () => 2712.4),
    loadAsset: vi.fn(async () => ({
      url: 'https://cdn.sanity.io/files/p/d/0123.mp3',
      size: 30_000_000,
      mimeType: 'audio/mpeg',
      originalFilename: 'ep12.mp3',
    })),
    createObjectURL: vi.fn(() => 'blob:local-file'),
    revokeObjectURL: vi.fn(),
    ...overrides,
  };
  const ui = (v: AudioValue | undefined) => (
    <AudioMetadataInput value={v} onChange={onChange} deps={deps}>
      <input type="file" aria-label="Audio file" />
      <input type="url" aria-label="Audio web address" readOnly value={v?.url ?? ''} />
    </AudioMetadataInput>
  );
  const view = renderInTheme(ui(value));
  return { onChange, deps, rerender: (v: AudioValue | undefined) => view.rerender(ui(v)) };
}

const patchValues = (onChange: ReturnType<typeof vi.fn>) =>
  Object.fromEntries(
    onChange.mock.calls.flatMap(([patches]) =>
      (patches as { type: string; path: string[]; value: unknown }[])
        .filter((p) => p.type === 'set')
        .map((p) => [p.path.join('.'), p.value]),
    ),
  );

describe('AudioMetadataInput', () => {
  it('renders the default fields and explains that facts fill in by themselves', () => {
    setup(undefined);
    expect(screen.getByLabelText('Audio file')).toBeTruthy();
    expect(screen.getByTestId('audio-metadata').textContent).toMatch(/filled in automatically/);
    expect(screen.queryByRole('button', { name: 'Read from URL' })).toBeNull();
  });

  it('shows what was read in human units', () => {
    setup({ url: 'https://x.org/a.mp3', mimeType: 'audio/mpeg', sizeBytes: 48_213_456, durationSeconds: 2712 });
    expect(screen.getByTestId('audio-metadata').textContent).toContain('Audio: audio/mpeg · 48.2 MB · 45:12');
  });

  it('reads a picked file in the browser and fills mimeType, sizeBytes and durationSeconds', async () => {
    const { onChange, deps } = setup({ _type: 'podcastAudio' });
    const file = new File([new Uint8Array(4096)], 'Episode 12.mp3', { type: 'audio/mpeg' });
    const input = screen.getByLabelText('Audio file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(deps.probeDuration).toHaveBeenCalledWith('blob:local-file');
    expect(patchValues(onChange)).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 4096, durationSeconds: 2712 });
    expect(onChange.mock.calls[0]![0][0]).toMatchObject({ type: 'setIfMissing', value: { _type: 'podcastAudio' } });
    await screen.findByText('Size, format and length were read from the audio.');
  });

  it('reads a dropped file', async () => {
    const { onChange } = setup({ _type: 'podcastAudio' });
    const file = new File([new Uint8Array(100)], 'drop.m4a', { type: '' });
    fireEvent.drop(screen.getByLabelText('Audio file'), { dataTransfer: { files: [file] } });
    await waitFor(() =>
      expect(patchValues(onChange)).toEqual({ mimeType: 'audio/x-m4a', sizeBytes: 100, durationSeconds: 2712 }),
    );
  });

  it('reads a newly chosen asset (e.g. from the media library) from its asset document', async () => {
    const { onChange, deps, rerender } = setup({ _type: 'podcastAudio' });
    await act(async () => rerender({ _type: 'podcastAudio', file: { asset: { _ref: ASSET } } }));
    await waitFor(() =>
      expect(patchValues(onChange)).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 30_000_000, durationSeconds: 2712 }),
    );
    expect(deps.loadAsset).toHaveBeenCalledWith(ASSET);
    expect(deps.probeDuration).toHaveBeenCalledWith('https://cdn.sanity.io/files/p/d/0123.mp3');
  });

  it('does not read an asset again when the picked file already filled the facts', async () => {
    const filled = { _type: 'podcastAudio', mimeType: 'audio/mpeg', sizeBytes: 30_000_000, durationSeconds: 2712 };
    const { onChange, deps, rerender } = setup(filled);
    await act(async () => rerender({ ...filled, file: { asset: { _ref: ASSET } } }));
    await waitFor(() => expect(deps.loadAsset).toHaveBeenCalledTimes(1));
    expect(deps.probeDuration).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reads a web address with the “Read from URL” button', async () => {
    const { onChange, deps } = setup({ _type: 'podcastAudio', url: 'https://media.example.org/ep12.mp3' });
    fireEvent.click(screen.getByRole('button', { name: 'Read from URL' }));
    await waitFor(() =>
      expect(patchValues(onChange)).toEqual({ mimeType: 'audio/mpeg', sizeBytes: 48213456, durationSeconds: 2712 }),
    );
    expect(deps.fetch).toHaveBeenCalledWith('https://media.example.org/ep12.mp3', { method: 'HEAD' });
  });

  it('tells the editor what went wrong when a host blocks reading', async () => {
    const { onChange } = setup(
      { _type: 'podcastAudio', url: 'https://media.example.org/ep12.mp3' },
      {
        fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch,
        probeDuration: vi.fn(async () => undefined),
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read from URL' }));
    await screen.findByText(/does not let the Studio read it, or it is offline\. .*upload the file here instead/);
    // Only the format (from the .mp3 ending) is known; size and length stay empty for the editor to fix.
    expect(patchValues(onChange)).toEqual({ mimeType: 'audio/mpeg' });
  });

  it('does nothing while the document is read-only', async () => {
    const onChange = vi.fn();
    const deps = {
      fetch: vi.fn(),
      probeDuration: vi.fn(),
      loadAsset: vi.fn(),
      createObjectURL: vi.fn(),
      revokeObjectURL: vi.fn(),
    } as unknown as AudioMetadataDeps;
    renderInTheme(
      <AudioMetadataInput value={{ url: 'https://x.org/a.mp3' }} readOnly onChange={onChange} deps={deps}>
        <input type="file" aria-label="Audio file" />
      </AudioMetadataInput>,
    );
    expect((screen.getByRole('button', { name: 'Read from URL' }) as HTMLButtonElement).disabled).toBe(true);
    const input = screen.getByLabelText('Audio file');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'a.mp3', { type: 'audio/mpeg' })] });
    fireEvent.change(input);
    expect(deps.createObjectURL).not.toHaveBeenCalled();
  });
});

describe('metadataPatches', () => {
  it('patches only what changed', () => {
    expect(
      metadataPatches(
        { mimeType: 'audio/mpeg', sizeBytes: 10, durationSeconds: 5 },
        { mimeType: 'audio/mpeg', sizeBytes: 10, durationSeconds: 5, problems: [] },
      ),
    ).toEqual([]);
    const patches = metadataPatches(
      { mimeType: 'audio/mpeg', sizeBytes: 10 },
      { mimeType: 'audio/mpeg', sizeBytes: 10, durationSeconds: 5, problems: [] },
    );
    expect(patches.map((p) => p.type)).toEqual(['setIfMissing', 'set']);
  });
});
