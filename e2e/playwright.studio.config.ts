import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { studioUrl } from './studio/studioStackConfig.ts';

// Editors' journeys in the built Studio (e2e/studio): its API is the Content Lake stand-in, the
// Presentation tool frames the built preview server; see studio/studioStack.ts. Ports 4450-4453
// unless STUDIO_E2E_PORT, STUDIO_LAKE_PORT, STUDIO_LAKE_TLS_PORT, STUDIO_PREVIEW_PORT are set.
export default defineConfig({
  testDir: './studio',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker: the journeys share one stand-in, and the Studio is heavy on a loaded 2-core machine.
  workers: 1,
  reporter: [['list']],
  // Generous: the first load of the built Studio and the Presentation tool are slow under load.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: studioUrl,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    // The stand-in's TLS certificate is self-signed, made when it starts.
    ignoreHTTPSErrors: true,
    navigationTimeout: 90_000,
    actionTimeout: 30_000,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node studio/studioStack.ts',
    url: `${studioUrl}/`,
    reuseExistingServer: false,
    // Includes `sanity build` when the Studio changed (minutes on a loaded machine).
    timeout: 600_000,
    stdout: 'pipe',
  },
});
