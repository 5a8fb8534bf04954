import { readEnv } from '@frm/content/env';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

// E2E_PORT lets several checkouts on one machine run their e2e tests at once.
const { port } = readEnv().e2e;

// Runs against the built site (site/dist) served by `astro preview`; `pnpm test:e2e` builds it first.
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous for a loaded 2-core machine (axe and dark-mode passes over many pages); these catch hangs.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `pnpm --filter @frm/site exec astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never reuse a server already on the port: it may serve another checkout's site, and the
    // tests would silently pass or fail against it. A busy port stops the run with Playwright's
    // "is already used" message; pick another with E2E_PORT.
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
