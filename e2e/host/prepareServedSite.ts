import { appendFile, cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { host } from './hostConfig.ts';

// A fresh copy of the built site, with the test's redirect rule after the build's own rules.
await rm(host.servedSite, { recursive: true, force: true });
await cp(host.builtSite, host.servedSite, { recursive: true });
const redirects = join(host.servedSite, '_redirects');
const existing = await readFile(redirects, 'utf8').catch(() => '');
await appendFile(
  redirects,
  `${existing && !existing.endsWith('\n') ? '\n' : ''}${host.testRedirect.from} ${host.testRedirect.to} 301\n`,
);
