import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { create } from 'tar';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../report/contentProblems.ts';
import { writeFixtureExport } from '../testing/fixtureExport.ts';
import { readDatasetExport } from './readDatasetExport.ts';

const png = Buffer.from('89504e470d0a1a0a', 'hex');
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');
const imageName = `${sha1(png)}-1400x1400.png`;
const audio = Buffer.from('ID3 fake audio');
const audioName = `${sha1(audio)}.mp3`;

const docs = [
  {
    _id: 'podcast',
    _type: 'podcast',
    artwork: { _type: 'image', alt: 'Artwork', _sanityAsset: `image@file://./images/${imageName}` },
  },
  {
    _id: 'ep',
    _type: 'podcastEpisode',
    audio: { _type: 'podcastAudio', file: { _type: 'file', _sanityAsset: `file@file://./files/${audioName}` } },
  },
];

describe('readDatasetExport', () => {
  it('turns export asset paths into references to Content Lake-shaped asset documents', async () => {
    const root = await writeFixtureExport(docs, { [`images/${imageName}`]: png, [`files/${audioName}`]: audio });
    const { documents } = await readDatasetExport(root);
    const podcast = documents.find((d) => d._id === 'podcast') as unknown as { artwork: Record<string, unknown> };
    expect(podcast.artwork).toEqual({
      _type: 'image',
      alt: 'Artwork',
      asset: { _type: 'reference', _ref: `image-${sha1(png)}-1400x1400-png` },
    });
    const image = documents.find((d) => d._id === `image-${sha1(png)}-1400x1400-png`);
    expect(image).toMatchObject({
      _type: 'sanity.imageAsset',
      url: `images/${imageName}`,
      size: png.length,
      metadata: { dimensions: { width: 1400, height: 1400 } },
    });
    const file = documents.find((d) => d._id === `file-${sha1(audio)}-mp3`);
    expect(file).toMatchObject({
      _type: 'sanity.fileAsset',
      mimeType: 'audio/mpeg',
      size: audio.length,
      url: `files/${audioName}`,
    });
  });

  it('reads a .tar.gz export with a top-level folder, as `sanity dataset export` writes it', async () => {
    const root = await writeFixtureExport(docs, { [`images/${imageName}`]: png, [`files/${audioName}`]: audio });
    const archive = join(root, '..', `${root.split('/').pop()}.tar.gz`);
    await create({ gzip: true, file: archive, cwd: join(root, '..') }, [root.split('/').pop()!]);
    const { documents } = await readDatasetExport(archive);
    expect(documents.map((d) => d._id).sort()).toEqual([
      'ep',
      `file-${sha1(audio)}-mp3`,
      `image-${sha1(png)}-1400x1400-png`,
      'podcast',
    ]);
  });

  it('names the document and field whose asset file is missing, and every broken line', async () => {
    const root = await writeFixtureExport(docs, { [`images/${imageName}`]: png });
    await import('node:fs/promises').then((fs) => fs.appendFile(join(root, 'data.ndjson'), '{not json\n'));
    const error = (await readDatasetExport(root).catch((e: unknown) => e)) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems).toEqual([
      expect.objectContaining({ id: 'line 3', message: expect.stringContaining('not valid JSON') }),
      expect.objectContaining({
        id: 'ep',
        type: 'podcastEpisode',
        path: 'audio.file.asset',
        message: expect.stringContaining(`files/${audioName} is missing`),
      }),
    ]);
  });

  it('explains a path that holds no export', async () => {
    await expect(readDatasetExport('/nonexistent/export')).rejects.toThrow(/LOCAL_DATASET: no dataset export at/);
  });
});
