export { buildTime } from './buildTime.ts';
export { readEnv, type Env, type EnvVariables, type Perspective } from './env.ts';
export { DEFAULT_API_VERSION, DEFAULT_DATASET } from './sanityApi.ts';
