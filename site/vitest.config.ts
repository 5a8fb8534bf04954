import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Astro's Vite config, so tests can render .astro components with the Container API.
export default getViteConfig(
  {
    root,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Fit a loaded 2-core machine; the build tests (test/) allow SITE_BUILD_TIMEOUT_MS per build.
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  },
  { root },
);
