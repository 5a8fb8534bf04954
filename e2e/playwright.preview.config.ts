import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { previewStack } from './preview/previewStackConfig.ts';

// The preview server's acceptance tests: the built preview server (site/dist-preview, from
// `pnpm preview:build`) on the Content Lake stand-in, on ports of their own (4440-4441), so they
// never meet the static e2e run (4329). `pnpm test:e2e` builds both and runs both.
export default defineConfig({
  testDir: './preview',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker: the tests change drafts in the one stand-in they share.
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${previewStack.port}`,
    trace: 'off',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node preview/previewStack.ts',
    url: `http://127.0.0.1:${previewStack.port}/api/preview/preview.css`,
    // Never someone else's server: the token test reads this server's log.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
