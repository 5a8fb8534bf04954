// @vitest-environment jsdom
// The fields added for #29 through Sanity's own validation, next to the zod models the build uses.
import { episodeModel, podcastSettingsModel } from '@frm/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, imageWithAsset, validate } from '../test/testWorkspace.ts';
import { validEpisode, validPodcast } from '../test/validDocuments.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];
let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace());
});

const markers = async (doc: Record<string, unknown>, path: string) =>
  (await validate(workspace, doc)).filter((m) => m.path === path).map((m) => `${m.level}: ${m.message}`);
const chapter = (key: string, startSeconds: number) => ({
  _type: 'chapter',
  _key: key,
  startSeconds,
  title: `Part ${key}`,
});

describe('chapters as description timestamps', () => {
  it('warns, saying why, when the episode has chapters but fewer than three or none at 0:00', async () => {
    expect(await markers({ ...validEpisode, chapters: [chapter('a', 0), chapter('b', 60)] }, 'chapters')).toEqual([
      'warning: Spotify and Apple Podcasts show chapters from the description only with at least 3: add 1 more, or the description gets no timestamps',
    ]);
    expect(
      await markers({ ...validEpisode, chapters: [chapter('a', 5), chapter('b', 60), chapter('c', 90)] }, 'chapters'),
    ).toEqual([
      'warning: The first chapter must start at 0 seconds for Spotify and Apple Podcasts to read the timestamps: the description gets none until one does',
    ]);
  });

  it('says nothing for three chapters from 0:00, or for none', async () => {
    expect(
      await markers({ ...validEpisode, chapters: [chapter('a', 0), chapter('b', 60), chapter('c', 90)] }, 'chapters'),
    ).toEqual([]);
    expect(await markers({ ...validEpisode, chapters: [] }, 'chapters')).toEqual([]);
  });
});

describe('giving links per episode', () => {
  it('needs a web address and button text, as the build does', async () => {
    const funding = [{ _type: 'fundingLink', _key: 'f', url: 'javascript:alert(1)', label: '' }];
    expect(
      (await validate(workspace, { ...validEpisode, funding }))
        .filter((m) => m.level === 'error')
        .map((m) => m.path)
        .sort(),
    ).toEqual(['funding.[f].label', 'funding.[f].url']);
    expect(episodeModel.shape.funding.safeParse([{ _key: 'f', url: 'javascript:alert(1)', label: '' }]).success).toBe(
      false,
    );
    const good = [{ _type: 'fundingLink', _key: 'f', url: 'https://familyroommission.org/give', label: 'Give' }];
    expect((await validate(workspace, { ...validEpisode, funding: good })).filter((m) => m.level === 'error')).toEqual(
      [],
    );
  });
});

describe('16:9 images', () => {
  it('warns about a wide image that is not 16:9 or too small, on the show and on an episode', async () => {
    expect(
      await markers({ ...validPodcast, wideImage: imageWithAsset(1920, 1080, 'Wide artwork') }, 'wideImage'),
    ).toEqual([]);
    expect(
      await markers({ ...validPodcast, wideImage: imageWithAsset(1200, 630, 'Wide artwork') }, 'wideImage'),
    ).toEqual([
      'warning: Podcast apps show this image at 16:9, e.g. 1920×1080 pixels (at least 1280 wide); this image is 1200×630',
    ]);
    expect(await markers({ ...validEpisode, wideImage: imageWithAsset(960, 540, 'Wide') }, 'wideImage')).toEqual([
      'warning: Podcast apps show this image at 16:9, e.g. 1920×1080 pixels (at least 1280 wide); this image is 960×540',
    ]);
  });
});

describe('ownership verification codes', () => {
  it('offer applepodcastsverify and verify, and refuse another purpose in the studio and the build alike', async () => {
    const txt = (purpose: string) => [{ _type: 'txtRecord', _key: 't', purpose, text: 'abc' }];
    for (const purpose of ['applepodcastsverify', 'verify']) {
      expect(await markers({ ...validPodcast, txt: txt(purpose) }, 'txt.[t].purpose')).toEqual([]);
      expect(podcastSettingsModel.shape.txt.safeParse([{ _key: 't', purpose, text: 'abc' }]).success).toBe(true);
    }
    expect((await markers({ ...validPodcast, txt: txt('release') }, 'txt.[t].purpose'))[0]).toMatch(/^error: /);
    expect(podcastSettingsModel.shape.txt.safeParse([{ _key: 't', purpose: 'release', text: 'abc' }]).success).toBe(
      false,
    );
  });
});
