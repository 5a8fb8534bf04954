import { spawn } from 'node:child_process';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@sanity/client';
import { afterEach, describe, expect, it } from 'vitest';
import { assetDownloadUrl, contentQueries, contentSourceFromEnv, loadContent, type ContentEnv } from '@frm/content';
import type { RunningContentLakeServer } from './contentLakeServer.ts';
import { seedDatasetPath } from './seedDatasetPath.ts';
import {
  DEFAULT_CONTENT_LAKE_PORT,
  DEFAULT_STAND_IN_TOKEN,
  serveConfigFromEnv,
  serveContentLake,
} from './serveContentLake.ts';

let server: RunningContentLakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The `NAME=value ... pnpm <command>` line printed for a command, as an env object. */
function envOf(lines: string[], command: string): Record<string, string> {
  const printed = lines.find((l) => l.trim().endsWith(command));
  if (!printed) throw new Error(`no line for "${command}" in:\n${lines.join('\n')}`);
  return Object.fromEntries(
    printed
      .trim()
      .split(' ')
      .filter((word) => word.includes('='))
      .map((word) => word.split('=') as [string, string]),
  );
}

describe('pnpm content-lake:serve', () => {
  it('prints the env with which the build reads published content and the preview reads drafts from it', async () => {
    const lines: string[] = [];
    server = await serveContentLake({ CONTENT_LAKE_PORT: '0' }, process.cwd(), (l) => lines.push(l));
    expect(lines[0]).toContain(server.url);

    const build = envOf(lines, 'pnpm build');
    expect(build).toEqual({
      SANITY_PROJECT_ID: 'frmtest',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: server.url,
      SANITY_ASSET_BASE_URL: server.url,
    });
    const content = await loadContent(await contentSourceFromEnv(build as ContentEnv, '/nonexistent'), {
      now: new Date('2026-11-01T00:00:00Z'),
    });
    expect(content.posts.map((p) => p.title)).toContain('Sabbath Rhythms for Busy Families');

    // The preview server chooses the perspective per request (draft mode); its token reads drafts.
    const previewServerEnv = envOf(lines, 'pnpm preview:server');
    expect(previewServerEnv).toEqual({
      SANITY_PROJECT_ID: 'frmtest',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: server.url,
      SANITY_ASSET_BASE_URL: server.url,
      SANITY_API_READ_TOKEN: DEFAULT_STAND_IN_TOKEN,
    });
    const preview = await contentSourceFromEnv(
      { ...previewServerEnv, SANITY_PERSPECTIVE: 'drafts' } as ContentEnv,
      '/nonexistent',
    );
    const titles = (await preview.fetch(`${contentQueries.posts}[].title`, {
      now: '2026-11-01T00:00:00Z',
    })) as string[];
    expect(titles).toContain('Sabbath Rhythms for Busy Families (and Tired Parents)');
    // An episode's uploaded transcript: the preview downloads it from the stand-in, not the CDN.
    const transcriptUrl = (await preview.fetch(
      '*[_type == "podcastEpisode" && defined(transcript.file.asset)][0].transcript.file.asset->url',
      {},
    )) as string;
    expect(transcriptUrl).toMatch(/^https:\/\/cdn\.sanity\.io\/files\//);
    const transcript = await fetch(assetDownloadUrl(transcriptUrl, previewServerEnv as ContentEnv));
    expect(transcript.status).toBe(200);
    expect((await transcript.text()).length).toBeGreaterThan(0);

    const importer = envOf(lines, '--to-content-lake');
    const writer = createClient({
      projectId: importer.SANITY_PROJECT_ID!,
      dataset: importer.SANITY_DATASET!,
      apiHost: importer.SANITY_API_HOST!,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: importer.SANITY_API_WRITE_TOKEN!,
    });
    await writer.create({ _id: 'topic-imported', _type: 'topic', title: 'Imported' });
    expect(server.documents().map((d) => d._id)).toContain('topic-imported');
  }, 30_000);

  it('reads LOCAL_DATASET relative to where the command was typed, and the port and token from the env', () => {
    const typedIn = dirname(seedDatasetPath);
    expect(
      serveConfigFromEnv(
        {
          LOCAL_DATASET: relative(typedIn, seedDatasetPath),
          INIT_CWD: typedIn,
          CONTENT_LAKE_PORT: '4431',
          CONTENT_LAKE_TOKEN: 'tok',
        },
        '/elsewhere',
      ),
    ).toEqual({
      exportPath: seedDatasetPath.replace(/\/$/, ''),
      port: 4431,
      token: 'tok',
    });
    expect(serveConfigFromEnv({}, '/elsewhere')).toEqual({
      exportPath: seedDatasetPath,
      port: DEFAULT_CONTENT_LAKE_PORT,
      token: DEFAULT_STAND_IN_TOKEN,
    });
    expect(() => serveConfigFromEnv({ CONTENT_LAKE_PORT: 'http' }, '/')).toThrow(
      /CONTENT_LAKE_PORT="http" is not a port number/,
    );
  });

  it('runs as a command until stopped (real process)', async () => {
    const script = fileURLToPath(new URL('./serveContentLake.ts', import.meta.url));
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', CONTENT_LAKE_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /stand-in at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (found) resolve(found[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const response = await fetch(
        `${url}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "post"])')}`,
      );
      const { result } = (await response.json()) as { result: number };
      expect(result).toBeGreaterThan(0);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
