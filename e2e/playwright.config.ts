import { defineConfig } from '@playwright/test';

// E2E_PORT lets several checkouts on one machine run their e2e tests at once.
const port = Number(process.env.E2E_PORT ?? 4329);

// Runs against the built site (site/dist) served by `astro preview`; `pnpm test:e2e` builds it first.
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      // Debian's chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `pnpm --filter @frm/site exec astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never reuse a server already on the port: it may serve another checkout's site, and the
    // tests would silently pass or fail against it. A busy port stops the run with Playwright's
    // "is already used" message; pick another with E2E_PORT.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
