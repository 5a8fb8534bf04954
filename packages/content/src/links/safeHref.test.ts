import { describe, expect, it } from 'vitest';
import { embedTarget, safeHref } from './safeHref.ts';

describe('safeHref', () => {
  it.each([
    'https://example.org/a?b=1',
    'http://example.org',
    'mailto:hello@example.org',
    'tel:+15551234',
    '/blog/post/',
    '#notes',
  ])('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href);
  });
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    'http://',
    'not a url',
    '',
    null,
    undefined,
  ])('drops %s', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });
});

describe('embedTarget', () => {
  it('turns YouTube, Vimeo and Spotify pages into player URLs', () => {
    expect(embedTarget('https://www.youtube.com/watch?v=dQw4w9WgXcQ')?.src).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(embedTarget('https://youtu.be/dQw4w9WgXcQ')?.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedTarget('https://vimeo.com/76979871')?.src).toBe('https://player.vimeo.com/video/76979871');
    expect(embedTarget('https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk')?.src).toBe(
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
    );
  });
  it.each([
    'https://evil.example/watch?v=dQw4w9WgXcQ',
    'javascript:alert(1)',
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v="><script>',
  ])('refuses %s', (url) => {
    expect(embedTarget(url)).toBeUndefined();
  });
});

describe('safeHref edge cases', () => {
  it('trims surrounding whitespace and drops control characters anywhere', () => {
    expect(safeHref('  https://example.org/a  ')).toBe('https://example.org/a');
    expect(safeHref('https://example.org/\u0001x')).toBeUndefined();
    expect(safeHref('https://example.org/\u007fx')).toBeUndefined();
    expect(safeHref('https:///')).toBeUndefined();
  });
});

describe('embedTarget edge cases', () => {
  it.each([
    ['https://youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871/', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871'],
    [
      'https://open.spotify.com/embed/show/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/embed/show/4rOoJ6Egrf8K2IrywzwOMk',
    ],
  ])('plays %s', (url, src) => {
    expect(embedTarget(url)?.src).toBe(src);
  });
  it.each([
    '/podcast/',
    '#player',
    'mailto:https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://evil.example/episode/4rOoJ6Egrf8K2IrywzwOMk',
    'https://youtu.be/a%22abcdefgh',
    'https://youtu.be/abcdefgh%22x',
    'https://vimeo.com/channels/staffpicks',
    'https://vimeo.com/abc123',
    'https://vimeo.com/123abc',
    'https://open.spotify.com/x/episode/4rOoJ6Egrf8K2IrywzwOMk',
  ])('refuses %s', (url) => {
    expect(embedTarget(url)).toBeUndefined();
  });
});
