import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Astro's Vite config, so tests can render .astro components with the Container API.
export default getViteConfig(
  {
    root,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  },
  { root },
);
