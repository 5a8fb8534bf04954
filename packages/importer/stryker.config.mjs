import { mutationConfig } from '../../stryker.base.mjs';

export default mutationConfig({ mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/testing.ts'] });
