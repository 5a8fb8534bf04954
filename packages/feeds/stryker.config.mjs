import { mutationConfig } from '../../stryker.base.mjs';

export default mutationConfig({ mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/testing/**', '!src/index.ts'] });
