// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { AudioHostingNotice } from './AudioHostingNotice.tsx';

afterEach(cleanup);

const notice = () => screen.queryByTestId('audio-hosting-notice')?.textContent ?? null;

describe('AudioHostingNotice', () => {
  it('an uploaded file: served by Sanity, its size, what downloads cost, the hard cap, and what to use instead', () => {
    renderInTheme(<AudioHostingNotice value={{ file: { asset: { _ref: 'file-abc-mp3' } }, sizeBytes: 40_000_000 }} />);
    const text = notice()!;
    expect(text).toContain("served to every listener from Sanity's file service");
    expect(text).toContain('This file is 40.0 MB: 1,000 downloads use 40.0 GB, 10,000 downloads use 400.0 GB');
    expect(text).toContain('hard cap');
    expect(text).toContain('stops serving');
    expect(text).toContain('audio storage');
    expect(text).toContain('paste its web address');
    expect(text).toContain('"Read from URL"');
  });

  it('an uploaded file whose size is not read yet: no figures, the rest of the advice', () => {
    renderInTheme(<AudioHostingNotice value={{ file: { asset: { _ref: 'file-abc-mp3' } } }} />);
    expect(notice()).not.toContain('downloads use');
    expect(notice()).toContain('hard cap');
  });

  it("a web address: names the host and says it uses none of the project's bandwidth", () => {
    renderInTheme(
      <AudioHostingNotice value={{ url: 'https://media.example-host.com/show/ep12.mp3', sizeBytes: 40_000_000 }} />,
    );
    expect(notice()).toBe(
      "Listeners download this episode from media.example-host.com. It does not use the Sanity project's bandwidth.",
    );
  });

  it('nothing yet: no notice', () => {
    renderInTheme(<AudioHostingNotice value={undefined} />);
    expect(notice()).toBeNull();
  });
});
