import { z } from 'zod';
import { withoutTrailingSlash } from '../urls/origin.ts';

/*
 * Field rules shared by the build's and the studio's environment (config/env.ts, config/studioEnv.ts).
 * Browser-safe: the studio bundles it. An empty or blank variable counts as unset, as in a
 * `.env` file with `NAME=`.
 */

const blankIsUnset = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

/** An optional trimmed string. */
export const text = () => z.preprocess(blankIsUnset, z.string().optional());

/** An http(s) origin or URL, kept without a trailing slash. */
export const httpUrl = (example: string) =>
  z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${example}` })
      .transform(withoutTrailingSlash)
      .optional(),
  );

/** Sanity project ids: lowercase letters, digits and dashes. */
export const projectId = () =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(
        /^[a-z0-9-]+$/,
        'must be a Sanity project id (lowercase letters, digits and dashes, as shown at sanity.io/manage)',
      )
      .optional(),
  );

/** Sanity dataset names: lowercase letters, digits, `_` and `-`, starting with a letter or digit, at most 64 characters. */
export const datasetName = () =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9_-]{0,63}$/,
        'must be a Sanity dataset name (lowercase letters, digits, "_" and "-", e.g. production)',
      )
      .optional(),
  );

/** One line per bad variable: its name, its value and what to write instead (tokens are never checked, so never shown). */
export function formatEnvIssues(error: z.ZodError, env: Record<string, string | undefined>): string {
  const lines = error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  return `Invalid environment variable${lines.length > 1 ? 's' : ''} (see the table in docs/configuration.md):\n${lines.join('\n')}`;
}

/** Parses `env` with `schema`, or throws one error naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(env);
  if (!result.success) throw new Error(formatEnvIssues(result.error, env));
  return result.data;
}
