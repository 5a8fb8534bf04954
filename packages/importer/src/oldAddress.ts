import { redirectFromPath } from '@frm/content';

const withoutWww = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * An imported item's old address as a path to keep alive (the document's `previousPaths`), when
 * it was on the site's own domain (http or https, with or without www): the site now answers
 * there, so the old path redirects to the new page. An address elsewhere (the old podcast
 * host's episode pages) is not ours to redirect; neither is one that is the new path already.
 */
export function oldAddressPaths(
  address: string | null | undefined,
  siteUrl: string,
  newPath: string | undefined,
): string[] {
  let url: URL;
  try {
    url = new URL(address?.trim() ?? '');
  } catch {
    return [];
  }
  if (!/^https?:$/.test(url.protocol) || withoutWww(url.hostname) !== withoutWww(new URL(siteUrl).hostname)) return [];
  const path = redirectFromPath(url.pathname);
  return path && path !== newPath ? [path] : [];
}
