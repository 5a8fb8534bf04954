/*
 * The one rule for every link that comes from content (Portable Text, resource URLs, social links,
 * embeds, feeds): only web, mail and phone links, plus site-relative paths, become links.
 * Anything else (javascript:, data:, vbscript:, malformed) is not linked; the text stays.
 */

const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The href to render, or undefined when the value must not become a link. */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers ignore control characters and surrounding whitespace in a scheme (`java\tscript:`).
  const href = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what this check looks for
  if (/[\u0000-\u001f\u007f]/.test(href)) return undefined;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#')) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  // The URL parser refuses http(s) without a host and an empty string, so nothing more to check.
  if (!allowedProtocols.has(url.protocol)) return undefined;
  return href;
}

/** Hosts whose players may be embedded, and how their iframe is sandboxed. */
const embedHosts: Record<string, 'youtube' | 'vimeo' | 'spotify'> = {
  'www.youtube.com': 'youtube',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'www.youtube-nocookie.com': 'youtube',
  'vimeo.com': 'vimeo',
  'player.vimeo.com': 'vimeo',
  'open.spotify.com': 'spotify',
};

export interface EmbedTarget {
  provider: 'youtube' | 'vimeo' | 'spotify';
  /** The player URL for an iframe src. */
  src: string;
}

/** The iframe player for a YouTube, Vimeo or Spotify URL; undefined for any other host. */
export function embedTarget(value: string | null | undefined): EmbedTarget | undefined {
  const href = safeHref(value);
  // Site paths and anchors are safe links but not players.
  if (!href || href.startsWith('/') || href.startsWith('#')) return undefined;
  const url = new URL(href);
  if (url.protocol !== 'https:') return undefined;
  const provider = embedHosts[url.hostname.toLowerCase()];
  if (!provider) return undefined;
  if (provider === 'youtube') {
    const id =
      url.hostname === 'youtu.be'
        ? url.pathname.slice(1)
        : url.pathname.startsWith('/embed/')
          ? url.pathname.slice(7)
          : url.searchParams.get('v');
    return id && /^[\w-]{6,20}$/.test(id)
      ? { provider, src: `https://www.youtube-nocookie.com/embed/${id}` }
      : undefined;
  }
  if (provider === 'vimeo') {
    const id = url.pathname.split('/').filter(Boolean).pop();
    return id && /^\d+$/.test(id) ? { provider, src: `https://player.vimeo.com/video/${id}` } : undefined;
  }
  const match = /^\/(?:embed\/)?(episode|show|track|playlist|album)\/([A-Za-z0-9]+)/.exec(url.pathname);
  return match ? { provider, src: `https://open.spotify.com/embed/${match[1]}/${match[2]}` } : undefined;
}
