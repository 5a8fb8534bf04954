import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The host tests: site/dist, copied with one extra redirect rule, served by wrangler's local Cloudflare Pages. */
export const host = {
  port: Number(process.env.HOST_E2E_PORT ?? 4460),
  builtSite: fileURLToPath(new URL('../../site/dist/', import.meta.url)),
  /** The copy wrangler serves (site/dist itself stays as built). */
  servedSite: join(tmpdir(), `frm-host-e2e-${process.env.HOST_E2E_PORT ?? 4460}`),
  /** Added to the copy's `_redirects`, so a 301 is checked even before the build writes any. */
  testRedirect: { from: '/host-test/old-about/', to: '/about/' },
} as const;
