import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site the static and host tests serve. */
export const builtSite = fileURLToPath(new URL('../site/dist/', import.meta.url));

export interface BuiltRedirect {
  from: string;
  to: string;
  status: number;
}

/** The rules of a `_redirects` file, as the build wrote them: from, to, status. */
export function readRedirects(dir = builtSite): BuiltRedirect[] {
  return readFileSync(join(dir, '_redirects'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/) as [string, string, string?];
      return { from, to, status: Number(status ?? 301) };
    });
}

/** The seed's redirects of each kind (packages/dataset-tools/src/seedDocuments.ts), which the tests expect to find. */
export const seedRedirects = {
  oldSlug: { from: '/blog/dinner-table-questions/', to: '/blog/five-questions-for-the-dinner-table/', status: 301 },
  importedAddress: {
    from: '/2026/01/rebuilding-intimacy-and-trust.html',
    to: '/blog/rebuilding-intimacy-and-trust/',
    status: 301,
  },
  toDocument: { from: '/category/marriage/', to: '/blog/topics/marriage/', status: 301 },
  temporary: { from: '/easter/', to: '/podcast/an-easter-blessing-for-your-home/', status: 302 },
  elsewhere: { from: '/give/', to: 'https://give.familyroommission.org/', status: 301 },
} as const;
