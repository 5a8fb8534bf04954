import { describe, expect, it } from 'vitest';
import { podcastGuid } from './podcastGuid.ts';

describe('podcastGuid', () => {
  it('matches the Podcasting 2.0 test vectors', () => {
    expect(podcastGuid('podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });

  it('ignores the scheme and trailing slashes', () => {
    expect(podcastGuid('https://podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml//')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(podcastGuid('  https://podnews.net/rss  ')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('removes only a leading scheme: an address in the query string stays', () => {
    expect(podcastGuid('feeds.example.org/show?via=https://podnews.net')).toBe(
      podcastGuid('https://feeds.example.org/show?via=https://podnews.net'),
    );
    expect(podcastGuid('feeds.example.org/show?via=https://podnews.net')).not.toBe(
      podcastGuid('feeds.example.org/show?via=podnews.net'),
    );
  });

  it('differs for different feeds', () => {
    expect(podcastGuid('https://familyroommission.org/podcast/feed.xml')).not.toBe(
      podcastGuid('https://example.org/podcast/feed.xml'),
    );
  });
});
