import { readEnv, type EnvVariables } from './env.ts';

/** Draft preview's "now": far enough ahead that every scheduled document shows. */
const DRAFT_PREVIEW_NOW = new Date('9999-12-31T23:59:59Z');

/**
 * What counts as "now" for scheduled content: BUILD_TIME when set (a build or a test decides what
 * is already published), else the clock. Draft preview shows scheduled posts and episodes too, so
 * editors can check them before they go live.
 */
export function buildTime(env?: EnvVariables | NodeJS.ProcessEnv): Date {
  const config = readEnv(env);
  if (config.buildTime) return new Date(config.buildTime);
  return config.sanity.perspective === 'drafts' ? DRAFT_PREVIEW_NOW : new Date();
}
