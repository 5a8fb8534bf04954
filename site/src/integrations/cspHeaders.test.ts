import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { directives, parseHeadersFile } from '../../test/headersFile.ts';
import { builtPages } from './builtPages.ts';

type BuildDone = (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;

const page = (policy: string | null) =>
  `<!doctype html><html><head><meta charset="utf-8">${policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}<title>t</title></head><body>x</body></html>`;

/** A built site in a temp folder: relative path -> page policy (null: no meta tag). */
async function site(pages: Record<string, string | null>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'frm-csp-'));
  for (const [file, policy] of Object.entries(pages)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), page(policy));
  }
  return root;
}

async function runHook(root: string, extra: string[]) {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: () => undefined, error: () => undefined } as unknown as AstroIntegrationLogger;
  const hook = (builtPages({ cspExtraDirectives: extra }) as AstroIntegration).hooks['astro:build:done'] as unknown as BuildDone;
  await hook({ dir: pathToFileURL(`${root}/`), logger });
  return logged;
}

describe('CSP _headers from the one pass over the built pages', () => {
  it('writes _headers with the union of every page policy plus the header-only directives', async () => {
    const root = await site({
      'index.html': "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-SSS='",
      'blog/post/index.html': "default-src 'self';script-src 'self' 'sha256-BBB=' 'wasm-unsafe-eval'; img-src 'self' data:",
      'feed.xml': null,
    });
    const logged = await runHook(root, ["frame-ancestors 'none'"]);
    const headers = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
    expect(Object.keys(headers)).toEqual(['/*']);
    expect(directives(headers['/*']!['Content-Security-Policy']!)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'sha256-AAA='", "'sha256-BBB='", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'sha256-SSS='"],
      'img-src': ["'self'", 'data:'],
      'frame-ancestors': ["'none'"],
    });
    expect(headers['/*']).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(logged).toEqual([expect.stringMatching(/^_headers written from 2 pages; /)]);
  });

  it('stops the build naming the page that has no Content-Security-Policy meta tag', async () => {
    const root = await site({ 'index.html': "default-src 'self'", 'about/index.html': null });
    await expect(runHook(root, [])).rejects.toThrow(/^about\/index\.html has no Content-Security-Policy meta tag$/);
  });
});
