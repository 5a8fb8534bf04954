import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Left to each page's meta: they hold its hashes (default-src would stand in for them in the header). */
export const META_ONLY_DIRECTIVES = new Set(['default-src', 'script-src', 'style-src']);

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const HEADERS_LINE_LIMIT = 2000;

/**
 * Astro puts a Content-Security-Policy <meta> with the hash of every inline script and style in
 * each page. Static hosts (Netlify, Cloudflare Pages) apply a `_headers` file, which also covers
 * what a meta tag cannot (frame-ancestors), so the union of all page policies goes there too,
 * except the directives that carry the hashes: a browser enforces both policies, each page's
 * meta keeps enforcing those, and the union of every page's hashes made a line longer than
 * Cloudflare Pages reads (it drops the whole header).
 * Fed page by page from the one pass over the built pages' heads (builtPages.ts).
 */
export function createCspHeaders(extraDirectives: string[]) {
  const sources = new Map<string, Set<string>>();
  let pages = 0;
  return {
    /** Adds one page's policy; a page without one stops the build. */
    addPage(file: string, html: string): void {
      const policy = POLICY_META.exec(html)?.[1];
      if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
      pages++;
      for (const directive of policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)) {
        const [name, ...values] = directive.split(/\s+/);
        const set = sources.get(name!) ?? new Set<string>();
        values.forEach((v) => set.add(v));
        sources.set(name!, set);
      }
    },
    /** Writes `_headers` into the output folder; returns how many pages' policies it merged. */
    async write(outDir: string): Promise<number> {
      const shared = [...sources].filter(([name]) => !META_ONLY_DIRECTIVES.has(name.toLowerCase()));
      const merged = [
        ...shared.map(([name, values]) => `${name} ${[...values].sort().join(' ')}`),
        ...extraDirectives,
      ].join('; ');
      const line = `  Content-Security-Policy: ${merged}`;
      if (line.length > HEADERS_LINE_LIMIT)
        throw new Error(
          `_headers: the Content-Security-Policy line is ${line.length} characters; Cloudflare Pages ignores lines over ${HEADERS_LINE_LIMIT}`,
        );
      const headers = [
        '/*',
        line,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
        '',
      ].join('\n');
      await writeFile(join(outDir, '_headers'), headers);
      return pages;
    },
  };
}
