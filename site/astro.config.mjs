// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical origin; SITE_URL overrides it for previews and staging hosts.
  site: process.env.SITE_URL || 'https://familyroommission.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
