import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { host } from './host/hostConfig.ts';

// The built site on a real implementation of Cloudflare Pages (wrangler's local server, workerd),
// which applies `_headers` and `_redirects` as the live host does. Offline: no metrics, no
// `Request.cf` download, no login.
export default defineConfig({
  testDir: './host',
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${host.port}`,
    trace: 'off',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `node host/prepareServedSite.ts && wrangler pages dev "${host.servedSite}" --ip 127.0.0.1 --port ${host.port} --compatibility-date 2026-11-01 --show-interactive-dev-session=false`,
    env: {
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_LOG_PATH: 'test-results/wrangler-logs',
    },
    url: `http://127.0.0.1:${host.port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
