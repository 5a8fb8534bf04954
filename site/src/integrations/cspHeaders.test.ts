import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { directives, parseHeadersFile } from '../../test/headersFile.ts';
import { builtPages } from './builtPages.ts';
import { HEADERS_LINE_LIMIT } from './cspHeaders.ts';

type BuildDone = (options: { dir: URL; assets: Map<string, URL[]>; logger: AstroIntegrationLogger }) => Promise<void>;

const page = (policy: string | null) =>
  `<!doctype html><html><head><meta charset="utf-8">${policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}<title>t</title></head><body>x</body></html>`;

/** A built site in a temp folder: relative path -> page policy (null: no meta tag); and Astro's list of the files it wrote. */
async function site(pages: Record<string, string | null>): Promise<{ root: string; assets: Map<string, URL[]> }> {
  const root = await mkdtemp(join(tmpdir(), 'frm-csp-'));
  const assets = new Map<string, URL[]>();
  for (const [file, policy] of Object.entries(pages)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), page(policy));
    assets.set(`/${file}`, [pathToFileURL(join(root, file))]);
  }
  return { root, assets };
}

async function runHook({ root, assets }: { root: string; assets: Map<string, URL[]> }, extra: string[]) {
  const logged: string[] = [];
  const logger = {
    info: (m: string) => logged.push(m),
    warn: () => undefined,
    error: () => undefined,
  } as unknown as AstroIntegrationLogger;
  const hook = (builtPages({ cspExtraDirectives: extra }) as AstroIntegration).hooks[
    'astro:build:done'
  ] as unknown as BuildDone;
  await hook({ dir: pathToFileURL(`${root}/`), assets, logger });
  return logged;
}

describe("CSP _headers from the one pass over the built pages' heads", () => {
  it('writes _headers with the union of every page policy, less the hash directives each meta keeps, plus the header-only directives', async () => {
    const built = await site({
      'index.html': "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-SSS='",
      'blog/post/index.html':
        "default-src 'self';script-src 'self' 'sha256-BBB=' 'wasm-unsafe-eval'; img-src 'self' data:",
      'feed.xml': null,
    });
    const logged = await runHook(built, ["frame-ancestors 'none'"]);
    const headers = parseHeadersFile(await readFile(join(built.root, '_headers'), 'utf8'));
    expect(Object.keys(headers)).toEqual(['/*']);
    expect(directives(headers['/*']!['Content-Security-Policy']!)).toEqual({
      'img-src': ["'self'", 'data:'],
      'frame-ancestors': ["'none'"],
    });
    expect(headers['/*']).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(logged).toEqual([expect.stringMatching(/^_headers written from 2 pages in \d+ ms$/)]);
  });

  it('reads a head longer than the first read (the policy after 20 KB of inline style)', async () => {
    const built = await site({ 'index.html': "default-src 'self'; object-src 'none'" });
    const file = join(built.root, 'index.html');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><style>${'a{}'.repeat(7000)}</style>`,
      ),
    );
    await runHook(built, []);
    expect(
      directives(
        parseHeadersFile(await readFile(join(built.root, '_headers'), 'utf8'))['/*']!['Content-Security-Policy']!,
      ),
    ).toEqual({ 'object-src': ["'none'"] });
  });

  it("keeps the header line within Cloudflare Pages' limit however many hashes the pages have", async () => {
    const hashes = Array.from({ length: 100 }, (_, i) => `'sha256-${String(i).padStart(43, 'A')}='`).join(' ');
    const built = await site({
      'index.html': `default-src 'self'; script-src 'self' ${hashes}; style-src 'self' ${hashes}; object-src 'none'`,
    });
    await runHook(built, ["frame-ancestors 'none'"]);
    const lines = (await readFile(join(built.root, '_headers'), 'utf8')).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(HEADERS_LINE_LIMIT);
  });

  it('stops the build naming the page that has no Content-Security-Policy meta tag', async () => {
    const built = await site({ 'index.html': "default-src 'self'", 'about/index.html': null });
    await expect(runHook(built, [])).rejects.toThrow(/^about\/index\.html has no Content-Security-Policy meta tag$/);
  });
});
