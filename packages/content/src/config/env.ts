import { z } from 'zod';
import { DEFAULT_SITE_URL, DEFAULT_STUDIO_URL } from '../urls/origin.ts';
import { datasetName, httpUrl, parseEnv, projectId, text } from './envFields.ts';
import { DEFAULT_API_VERSION, DEFAULT_DATASET } from './sanityApi.ts';

/*
 * The one place the site build, the importer, the tools and the tests read our environment
 * variables (the studio's, bundled for the browser, are in studioEnv.ts). docs/configuration.md lists them.
 */

const schema = z.object({
  SITE_URL: httpUrl(DEFAULT_SITE_URL),
  LOCAL_DATASET: text(),
  SANITY_PROJECT_ID: projectId(),
  SANITY_DATASET: datasetName(),
  SANITY_API_VERSION: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z
      .string()
      .regex(/^v?\d{4}-\d{2}-\d{2}$/, `must be an API version date, e.g. ${DEFAULT_API_VERSION}`)
      .optional(),
  ),
  SANITY_API_READ_TOKEN: text(),
  SANITY_API_WRITE_TOKEN: text(),
  /** Tests only: a local stand-in for the Content Lake, e.g. http://127.0.0.1:4410. */
  SANITY_API_HOST: httpUrl('http://127.0.0.1:4410'),
  /** Tests and `pnpm content-lake:serve`: where the build downloads CDN assets from instead of cdn.sanity.io. */
  SANITY_ASSET_BASE_URL: httpUrl('http://127.0.0.1:4410'),
  /** Where a content build that stops writes its report as JSON (the deploy workflow's site status). */
  CONTENT_REPORT_FILE: text(),
  /** The preview server: the Studio that may frame it and that stega edit links point to. */
  SANITY_STUDIO_URL: httpUrl('https://frm.sanity.studio'),
  SANITY_PERSPECTIVE: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z.enum(['published', 'drafts'], { error: 'is not supported; use "published" (default) or "drafts"' }).optional(),
  ),
  BUILD_TIME: text().refine(
    (value) => value === undefined || !Number.isNaN(Date.parse(value)),
    'is not a date; use ISO 8601, e.g. 2026-01-31T12:00:00Z',
  ),
  /** `off`: no generated share cards; pages without an image of their own share the site's default image. */
  SHARE_CARDS: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value),
    z.enum(['on', 'off'], { error: 'must be "on" (default) or "off"' }).optional(),
  ),
  ASTRO_OUT_DIR: text(),
  ASTRO_CACHE_DIR: text(),
  E2E_PORT: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a port number')
      .min(1, 'must be a port number')
      .max(65535, 'must be a port number')
      .optional(),
  ),
  CHROMIUM_PATH: text(),
  /** S3-compatible storage that serves uploaded episode audio instead of Sanity's CDN (docs/deploy.md). */
  AUDIO_BUCKET_ENDPOINT: httpUrl('https://<account id>.r2.cloudflarestorage.com'),
  AUDIO_BUCKET_NAME: text(),
  AUDIO_BUCKET_PUBLIC_URL: httpUrl('https://audio.example.org'),
  AUDIO_BUCKET_ACCESS_KEY_ID: text(),
  AUDIO_BUCKET_SECRET_ACCESS_KEY: text(),
  /** Only where the endpoint does not say it (aws4fetch reads it from AWS, R2 and B2 hostnames). */
  AUDIO_BUCKET_REGION: text(),
});

const audioBucketVariables = [
  'AUDIO_BUCKET_ENDPOINT',
  'AUDIO_BUCKET_NAME',
  'AUDIO_BUCKET_PUBLIC_URL',
  'AUDIO_BUCKET_ACCESS_KEY_ID',
  'AUDIO_BUCKET_SECRET_ACCESS_KEY',
] as const;

export type Perspective = 'published' | 'drafts';

export interface Env {
  /** The public origin for canonical URLs, feeds and the sitemap, without a trailing slash. */
  siteUrl: string;
  /** A dataset export (folder or .tar.gz) to build from instead of the seed. */
  localDataset: string | undefined;
  sanity: {
    /** Set: the build reads the Content Lake instead of an export. */
    projectId: string | undefined;
    dataset: string;
    apiVersion: string;
    readToken: string | undefined;
    writeToken: string | undefined;
    apiHost: string | undefined;
    /** Replaces https://cdn.sanity.io when the build downloads an asset's bytes. */
    assetBaseUrl: string | undefined;
    perspective: Perspective;
  };
  /** What counts as "now" for scheduled content; undefined: the clock. */
  buildTime: Date | undefined;
  contentReportFile: string | undefined;
  /** The Studio's address, without a trailing slash (preview server). */
  studioUrl: string;
  astro: { outDir: string | undefined; cacheDir: string | undefined };
  /** Generated share cards for pages without an image of their own (SHARE_CARDS, default on). */
  shareCards: boolean;
  e2e: { port: number; chromiumPath: string };
  /** Set: the build copies Sanity-hosted episode audio here and links to it. */
  audioBucket: AudioBucket | undefined;
}

export interface AudioBucket {
  endpoint: string;
  bucket: string;
  /** The bucket's public address, without a trailing slash. */
  publicUrl: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string | undefined;
}

export type EnvVariables = Partial<Record<keyof z.input<typeof schema>, string>>;

const NAMES = Object.keys(schema.shape) as (keyof EnvVariables)[];
let last: { key: string; config: Env } | undefined;

/**
 * Our variables from `env` (default: the process's), checked: throws one error naming every bad
 * one. Cheap to call often (per image, per page): the last result is kept while the values stay.
 */
export function readEnv(env: EnvVariables | NodeJS.ProcessEnv = process.env): Env {
  const key = NAMES.map((name) => env[name] ?? '\u0000').join('\u0001');
  if (last?.key !== key) last = { key, config: parse(env) };
  return last.config;
}

function parse(env: EnvVariables | NodeJS.ProcessEnv): Env {
  const vars = parseEnv(schema, env);
  return {
    siteUrl: vars.SITE_URL ?? DEFAULT_SITE_URL,
    localDataset: vars.LOCAL_DATASET,
    sanity: {
      projectId: vars.SANITY_PROJECT_ID,
      dataset: vars.SANITY_DATASET ?? DEFAULT_DATASET,
      apiVersion: vars.SANITY_API_VERSION ?? DEFAULT_API_VERSION,
      readToken: vars.SANITY_API_READ_TOKEN,
      writeToken: vars.SANITY_API_WRITE_TOKEN,
      apiHost: vars.SANITY_API_HOST,
      assetBaseUrl: vars.SANITY_ASSET_BASE_URL,
      perspective: vars.SANITY_PERSPECTIVE ?? 'published',
    },
    buildTime: vars.BUILD_TIME === undefined ? undefined : new Date(vars.BUILD_TIME),
    contentReportFile: vars.CONTENT_REPORT_FILE,
    studioUrl: vars.SANITY_STUDIO_URL ?? DEFAULT_STUDIO_URL,
    astro: { outDir: vars.ASTRO_OUT_DIR, cacheDir: vars.ASTRO_CACHE_DIR },
    shareCards: vars.SHARE_CARDS !== 'off',
    e2e: { port: vars.E2E_PORT ?? 4329, chromiumPath: vars.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    audioBucket: audioBucket(vars),
  };
}

/** All of the bucket's variables or none: half a configuration would quietly leave audio on Sanity's CDN. */
function audioBucket(vars: z.output<typeof schema>): AudioBucket | undefined {
  const missing = audioBucketVariables.filter((name) => vars[name] === undefined);
  if (missing.length === audioBucketVariables.length) return undefined;
  if (missing.length > 0)
    throw new Error(
      `Audio bucket: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set; set all of ${audioBucketVariables.join(', ')} (docs/deploy.md), or none to serve audio from Sanity`,
    );
  return {
    endpoint: vars.AUDIO_BUCKET_ENDPOINT!,
    bucket: vars.AUDIO_BUCKET_NAME!,
    publicUrl: vars.AUDIO_BUCKET_PUBLIC_URL!,
    accessKeyId: vars.AUDIO_BUCKET_ACCESS_KEY_ID!,
    secretAccessKey: vars.AUDIO_BUCKET_SECRET_ACCESS_KEY!,
    region: vars.AUDIO_BUCKET_REGION,
  };
}
