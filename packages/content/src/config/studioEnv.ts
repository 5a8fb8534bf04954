import { z } from 'zod';
import { DEFAULT_PREVIEW_URL, DEFAULT_SITE_URL } from '../urls/origin.ts';
import { datasetName, httpUrl, parseEnv, projectId } from './envFields.ts';
import { DEFAULT_DATASET } from './sanityApi.ts';

/*
 * The studio's environment. `sanity build` replaces each `process.env.SANITY_STUDIO_*` written out
 * in full with its value and any other `process.env` with `{}` (Vite), so the variables are read
 * here one by one, never as `process.env[name]` or a passed-along `process.env`.
 */

const schema = z.object({
  SANITY_STUDIO_PROJECT_ID: projectId(),
  SANITY_STUDIO_DATASET: datasetName(),
  SANITY_STUDIO_SITE_URL: httpUrl(DEFAULT_SITE_URL),
  SANITY_STUDIO_PREVIEW_URL: httpUrl(DEFAULT_PREVIEW_URL),
  SANITY_STUDIO_API_HOST: httpUrl('https://localhost:4451'),
});

export type StudioEnvVariables = Partial<Record<keyof z.input<typeof schema>, string>>;

export interface StudioEnv {
  /** A placeholder keeps `sanity build`, schema extraction and tests working without a real project. */
  projectId: string;
  dataset: string;
  /** The production site, for "Open on site" and the page address under slug fields (no trailing slash). */
  siteUrl: string;
  /** The draft-preview site (`pnpm preview:server`) for the Presentation tool (no trailing slash). */
  previewUrl: string;
  /** Another API host than Sanity's (the tests' Content Lake stand-in); unset in production. */
  apiHost: string | undefined;
}

export const PLACEHOLDER_PROJECT_ID = 'frmplaceholder';

const bundledVariables = (): StudioEnvVariables => ({
  SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
  SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
  SANITY_STUDIO_SITE_URL: process.env.SANITY_STUDIO_SITE_URL,
  SANITY_STUDIO_PREVIEW_URL: process.env.SANITY_STUDIO_PREVIEW_URL,
  SANITY_STUDIO_API_HOST: process.env.SANITY_STUDIO_API_HOST,
});

/** The studio's variables (default: those built into the bundle), checked: throws one error naming every bad one. */
export function studioEnv(env: StudioEnvVariables = bundledVariables()): StudioEnv {
  const vars = parseEnv(schema, env);
  return {
    projectId: vars.SANITY_STUDIO_PROJECT_ID ?? PLACEHOLDER_PROJECT_ID,
    dataset: vars.SANITY_STUDIO_DATASET ?? DEFAULT_DATASET,
    siteUrl: vars.SANITY_STUDIO_SITE_URL ?? DEFAULT_SITE_URL,
    previewUrl: vars.SANITY_STUDIO_PREVIEW_URL ?? DEFAULT_PREVIEW_URL,
    apiHost: vars.SANITY_STUDIO_API_HOST,
  };
}
export { DEFAULT_API_VERSION } from './sanityApi.ts';
