import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtSite } from '../builtRedirects.ts';

/** The host tests: a copy of site/dist served by wrangler's local Cloudflare Pages. */
export const host = {
  port: Number(process.env.HOST_E2E_PORT ?? 4460),
  builtSite,
  /** The copy wrangler serves (site/dist itself stays as built). */
  servedSite: join(tmpdir(), `frm-host-e2e-${process.env.HOST_E2E_PORT ?? 4460}`),
} as const;
