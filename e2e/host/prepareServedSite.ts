import { cp, rm } from 'node:fs/promises';
import { host } from './hostConfig.ts';

// A fresh copy of the built site: wrangler writes nothing into it, and site/dist stays as built.
await rm(host.servedSite, { recursive: true, force: true });
await cp(host.builtSite, host.servedSite, { recursive: true });
