import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startContentLakeServer, type RunningContentLakeServer } from '@frm/dataset-tools/contentLakeServer';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { buildSite, builtFiles } from './buildSite.ts';
import { isPagefindDataFile, readPagefindFile } from './pagefindIndex.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** The seed export with some documents changed by `edit`. */
async function seedWith(edit: (docs: Doc[]) => Doc[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'frm-invalid-'));
  await cp(seedDatasetPath, folder, { recursive: true });
  const docs = (await readFile(join(folder, 'data.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);
  await writeFile(
    join(folder, 'data.ndjson'),
    edit(docs)
      .map((d) => JSON.stringify(d))
      .join('\n') + '\n',
  );
  return folder;
}

const change = (id: string, fields: Record<string, unknown>) => (doc: Doc) =>
  doc._id === id ? { ...doc, ...fields } : doc;

describe('invalid content stops the build with one report', () => {
  it(
    'lists every problem with document id, type and field, and writes no pages',
    async () => {
      const dataset = await seedWith((docs) => {
        const post = docs.find((d) => d._id === 'post-praying-for-your-spouse')!;
        return [
          ...docs
            .map(change('post-five-questions-for-the-dinner-table', { title: '' }))
            .map(
              change('post-sabbath-rhythms-for-busy-families', {
                slug: { _type: 'slug', current: 'Sabbath Rhythms!' },
              }),
            )
            .map((d) =>
              d._id === 'episode-s1e1-turning-your-family-room-into-a-sanctuary'
                ? { ...d, audio: { ...(d.audio as object), sizeBytes: undefined } }
                : d,
            ),
          { ...post, _id: 'post-duplicate-slug' },
        ];
      });
      const build = await buildSite({ LOCAL_DATASET: dataset });
      expect(build.exitCode).not.toBe(0);
      expect(build.output).toContain('post "post-five-questions-for-the-dinner-table" field "title"');
      expect(build.output).toMatch(/post "post-sabbath-rhythms-for-busy-families" field "slug": is not URL-safe/);
      expect(build.output).toMatch(
        /podcastEpisode "episode-s1e1-turning-your-family-room-into-a-sanctuary" field "audio.sizeBytes"/,
      );
      expect(build.output).toMatch(
        /"post-(duplicate-slug|praying-for-your-spouse)" field "slug": "praying-for-your-spouse" is already used/,
      );
      // A bad episode is reported once, on the episode, not again on every post that embeds it.
      expect(build.output).not.toContain('relatedEpisodes[0]');
      expect((await builtFiles(build.outDir)).filter((f) => f.endsWith('.html'))).toEqual([]);
    },
    SITE_BUILD_TIMEOUT_MS,
  );

  it(
    'warns about a reference to a deleted document and still builds without the link',
    async () => {
      const dataset = await seedWith((docs) => docs.filter((d) => d._id !== 'resource-family-dinner-table-questions'));
      const build = await buildSite({ LOCAL_DATASET: dataset });
      expect(build.exitCode).toBe(0);
      expect(build.output).toMatch(
        /post "[^"]+" field "relatedResources": refers to a related resource "resource-family-dinner-table-questions" that does not exist/,
      );
    },
    SITE_BUILD_TIMEOUT_MS,
  );
});

describe('Content Lake source', () => {
  let server: RunningContentLakeServer | undefined;
  afterAll(() => server?.close());
  const token = 'skFRMtokenMARKER7d1e0c9b4a5f';

  it(
    'builds from the Content Lake API and never writes or logs the read token',
    async () => {
      server = await startContentLakeServer({ exportPath: seedDatasetPath, token });
      const build = await buildSite({
        SANITY_PROJECT_ID: server.projectId,
        SANITY_DATASET: server.dataset,
        SANITY_API_HOST: server.url,
        SANITY_API_READ_TOKEN: token,
        // The uploaded transcript is on cdn.sanity.io; the build downloads it from the stand-in instead.
        SANITY_ASSET_BASE_URL: server.url,
      });
      expect(build.output).not.toContain(token);
      expect(build.exitCode).toBe(0);
      expect(server.requests()).toBeGreaterThan(0);
      const files = await builtFiles(build.outDir);
      expect(files).toContain('blog/rebuilding-intimacy-and-trust/index.html');
      // Images come from Sanity's image CDN (sized, best format), not through Astro's pipeline.
      const post = await readFile(join(build.outDir, 'blog/rebuilding-intimacy-and-trust/index.html'), 'utf8');
      expect(post).toMatch(
        /srcset="https:\/\/cdn\.sanity\.io\/images\/frmtest\/production\/[0-9a-f]{40}-1200x675\.jpg\?[^"]*w=480[^"]*auto=format/,
      );
      // Uploaded audio is enclosed at the URL the Content Lake answers; audio hosted elsewhere keeps its URL.
      const episode = server
        .documents()
        .find(
          (d) =>
            d._type === 'podcastEpisode' && (d.slug as { current: string }).current === 'rebuilding-intimacy-and-trust',
        )!;
      const assetOf = (ref: unknown) => server!.documents().find((d) => d._id === (ref as { _ref: string })._ref)!;
      const audio = assetOf((episode.audio as { file: { asset: unknown } }).file.asset);
      const vtt = assetOf((episode.transcript as { file: { asset: unknown } }).file.asset);
      expect(audio.url).toMatch(/^https:\/\/cdn\.sanity\.io\/files\/frmtest\/production\/[0-9a-f]{40}\.mp3$/);
      const feed = await readFile(join(build.outDir, 'podcast/feed.xml'), 'utf8');
      const enclosures = [...feed.matchAll(/<enclosure url="([^"]+)"/g)].map((m) => m[1]!);
      expect(enclosures).toContain(audio.url);
      expect(enclosures).toContain('https://media.familyroommission.org/episodes/ep6.mp3');
      expect(enclosures.filter((url) => !url.startsWith('https://media.familyroommission.org/'))).toEqual(
        enclosures.filter((url) =>
          /^https:\/\/cdn\.sanity\.io\/files\/frmtest\/production\/[0-9a-f]{40}\.mp3$/.test(url),
        ),
      );
      expect(feed).not.toContain(server.url);
      // The uploaded VTT transcript is published byte for byte.
      const transcript = await readFile(join(build.outDir, 'podcast/transcripts/rebuilding-intimacy-and-trust.vtt'));
      expect(transcript.equals(await readFile(join(seedDatasetPath, 'files', basename(String(vtt.path)))))).toBe(true);
      // Pagefind's files are gzip-compressed: they are inflated first, or the check could never fail.
      let indexed = '';
      for (const file of files) {
        const path = join(build.outDir, file);
        const bytes = isPagefindDataFile(file) ? await readPagefindFile(path) : await readFile(path);
        if (isPagefindDataFile(file)) indexed += bytes.toString('utf8');
        expect(bytes.includes(token), file).toBe(false);
      }
      // The search index was read as text: the words of a post are found in it.
      expect(indexed).toContain('Rebuilding Intimacy and Trust');
    },
    SITE_BUILD_TIMEOUT_MS,
  );

  it(
    'says a private dataset read without a token holds no documents, and why, not that the site settings are missing',
    async () => {
      server ??= await startContentLakeServer({ exportPath: seedDatasetPath, token });
      const build = await buildSite({
        SANITY_PROJECT_ID: server.projectId,
        SANITY_DATASET: server.dataset,
        SANITY_API_HOST: server.url,
      });
      expect(build.exitCode).not.toBe(0);
      expect(build.output).toMatch(/answered with no documents of any type the site is built from/);
      expect(build.output).toMatch(/SANITY_API_READ_TOKEN is not set/);
      expect(build.output).not.toMatch(/create and publish the site settings/);
    },
    SITE_BUILD_TIMEOUT_MS,
  );

  it(
    'stops with one clear message when the token is refused, without printing it',
    async () => {
      server ??= await startContentLakeServer({ exportPath: seedDatasetPath, token });
      const wrong = 'skWRONGtokenMARKER0000';
      const build = await buildSite({
        SANITY_PROJECT_ID: 'frmtest',
        SANITY_API_HOST: server.url,
        SANITY_API_READ_TOKEN: wrong,
      });
      expect(build.exitCode).not.toBe(0);
      expect(build.output).toMatch(/refused the read token.*SANITY_API_READ_TOKEN/);
      expect(build.output).not.toContain(wrong);
    },
    SITE_BUILD_TIMEOUT_MS,
  );
});
