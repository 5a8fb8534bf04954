/*
 * `pnpm content-lake:serve`: the local Content Lake stand-in (contentLakeServer.ts) on the seed
 * dataset or LOCAL_DATASET, on 127.0.0.1:CONTENT_LAKE_PORT (default 4330), until Ctrl-C. It prints
 * the environment with which `pnpm build`, draft preview and the importers use it.
 */
import { resolve } from 'node:path';
import { seedDatasetPath } from './seedDatasetPath.ts';
import { startContentLakeServer, type RunningContentLakeServer } from './contentLakeServer.ts';

export const DEFAULT_CONTENT_LAKE_PORT = 4330;
/** Not a secret: it guards drafts on a local stand-in the way a token does on a real project. */
export const DEFAULT_STAND_IN_TOKEN = 'local-stand-in-token';

export type ServeEnv = Partial<
  Record<'LOCAL_DATASET' | 'CONTENT_LAKE_PORT' | 'CONTENT_LAKE_TOKEN' | 'INIT_CWD', string>
>;

export interface ServeConfig {
  exportPath: string;
  port: number;
  token: string;
}

export function serveConfigFromEnv(env: ServeEnv, cwd: string): ServeConfig {
  const port = Number(env.CONTENT_LAKE_PORT?.trim() || DEFAULT_CONTENT_LAKE_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`CONTENT_LAKE_PORT="${env.CONTENT_LAKE_PORT}" is not a port number`);
  // pnpm runs scripts in the package folder; a relative LOCAL_DATASET means where the command was typed.
  const exportPath = env.LOCAL_DATASET?.trim()
    ? resolve(env.INIT_CWD ?? cwd, env.LOCAL_DATASET.trim())
    : seedDatasetPath;
  return { exportPath, port, token: env.CONTENT_LAKE_TOKEN?.trim() || DEFAULT_STAND_IN_TOKEN };
}

/** What to set so the build, draft preview and the importers talk to this stand-in. */
export function clientEnv(server: RunningContentLakeServer, token: string) {
  const lake = { SANITY_PROJECT_ID: server.projectId, SANITY_DATASET: server.dataset, SANITY_API_HOST: server.url };
  // Both download uploaded files (transcripts) from the stand-in rather than the CDN its URLs name.
  const assets = { SANITY_ASSET_BASE_URL: server.url };
  return {
    build: { ...lake, ...assets },
    // The preview server: published pages, and drafts in draft mode (needs the token).
    preview: { ...lake, ...assets, SANITY_API_READ_TOKEN: token },
    importer: { ...lake, SANITY_API_WRITE_TOKEN: token },
  };
}

const line = (env: Record<string, string>) =>
  Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');

export function instructions(server: RunningContentLakeServer, config: ServeConfig): string[] {
  const env = clientEnv(server, config.token);
  return [
    `Content Lake stand-in at ${server.url} (project "${server.projectId}", dataset "${server.dataset}") serving ${config.exportPath}`,
    `Token (reads drafts, writes): ${config.token}; without a token it answers published documents only. Changes live in memory until you stop it (Ctrl-C).`,
    '',
    'Build the site from it:',
    `  ${line(env.build)} pnpm build`,
    "Draft preview from it (the preview server; open it from the Studio's Presentation tool for draft mode):",
    `  ${line(env.preview)} pnpm preview:server`,
    'Import into it:',
    `  ${line(env.importer)} pnpm import:podcast <feed> --to-content-lake`,
    `  (the same for pnpm import:posts)`,
  ];
}

export async function serveContentLake(
  env: ServeEnv,
  cwd: string,
  print: (line: string) => void,
): Promise<RunningContentLakeServer> {
  const config = serveConfigFromEnv(env, cwd);
  const server = await startContentLakeServer({
    exportPath: config.exportPath,
    port: config.port,
    token: config.token,
    publicRead: true,
  });
  instructions(server, config).forEach((text) => print(text));
  return server;
}

if (import.meta.main) {
  try {
    const server = await serveContentLake(process.env, process.cwd(), (text) => console.log(text));
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    console.error(
      e.code === 'EADDRINUSE'
        ? `Port ${process.env.CONTENT_LAKE_PORT ?? DEFAULT_CONTENT_LAKE_PORT} is in use: set CONTENT_LAKE_PORT to a free port.`
        : e.message,
    );
    process.exit(1);
  }
}
