import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The policy meta tag is in <head>: the first 64 KB of a page is enough, and much faster at scale. */
async function readHead(path: string): Promise<string> {
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Astro puts a Content-Security-Policy <meta> with the hash of every inline script and style in
 * each page. Static hosts (Netlify, Cloudflare Pages) apply a `_headers` file, which also covers
 * what a meta tag cannot (frame-ancestors), so the union of all page policies goes there too.
 */
export function cspHeaders(extraDirectives: string[]): AstroIntegration {
  return {
    name: 'frm-csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const sources = new Map<string, Set<string>>();
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const html = await readHead(join(root, file));
          const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
            const [name, ...values] = directive.split(/\s+/);
            const set = sources.get(name!) ?? new Set<string>();
            values.forEach((v) => set.add(v));
            sources.set(name!, set);
          }
        }
        const merged = [...[...sources].map(([name, values]) => `${name} ${[...values].sort().join(' ')}`), ...extraDirectives].join('; ');
        const headers = ['/*', `  Content-Security-Policy: ${merged}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', '  Permissions-Policy: camera=(), microphone=(), geolocation=()', ''].join('\n');
        await writeFile(join(root, '_headers'), headers);
        logger.info(`_headers written from ${files.length} pages`);
      },
    },
  };
}
