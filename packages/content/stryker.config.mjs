import { mutationConfig } from '../../stryker.base.mjs';

// sanity.types.ts is generated type declarations (no code to mutate).
export default mutationConfig({ mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/testing/**', '!src/index.ts', '!src/sanity.types.ts'] });
