import { readEnv } from '@frm/content/env';
import type { LaunchOptions } from '@playwright/test';

/**
 * How every Playwright config here starts the browser: Debian's chromium (Playwright's own
 * browser download is not reachable), with the flags that keep it off the network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: readEnv().e2e.chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
