// @vitest-environment jsdom
// The Podcasting 2.0 fields (#17) through Sanity's own validation, side by side with the zod models
// the build uses: the same value is accepted or refused by both.
import {
  alternateEnclosureModel,
  locationModel,
  podcastSettingsModel,
  podrollItemModel,
  soundbiteModel,
} from '@frm/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, validate } from '../test/testWorkspace.ts';
import { validEpisode, validPodcast } from '../test/validDocuments.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];
let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace());
});

const podcast = validPodcast;
const episode = validEpisode;
const errorPaths = async (doc: Record<string, unknown>) =>
  (await validate(workspace, doc)).filter((m) => m.level === 'error').map((m) => m.path);
const zodAccepts = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('Podcasting 2.0 fields: studio and build agree', () => {
  it('accept a show with every new field filled in', async () => {
    const location = {
      _type: 'podcastLocation',
      name: 'Denver, Colorado',
      rel: 'creator',
      geo: 'geo:39.7392,-104.9903',
      osm: 'R1411339',
      country: 'US',
    };
    const doc = {
      ...podcast,
      medium: 'podcast',
      updateFrequency: 'FREQ=WEEKLY',
      location,
      license: {
        _type: 'podcastLicense',
        identifier: 'custom',
        name: 'frm-share',
        url: 'https://familyroommission.org/license',
      },
      podroll: [
        { _type: 'podrollItem', _key: 'p', title: 'Podcasting 2.0', feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810' },
      ],
      txt: [{ _type: 'txtRecord', _key: 't', purpose: 'verify', text: 'abc' }],
      analyticsPrefix: 'https://op3.dev/e/',
    };
    expect(await errorPaths(doc)).toEqual([]);
    expect(zodAccepts(locationModel, { ...location, rel: 'creator' })).toBe(true);
    expect(zodAccepts(podcastSettingsModel.shape.analyticsPrefix, 'https://op3.dev/e/')).toBe(true);
  });

  it('refuse the same wrong values: analytics prefix, coordinates, OpenStreetMap id, podroll GUID, custom license', async () => {
    const doc = {
      ...podcast,
      analyticsPrefix: 'http://op3.dev/e/',
      location: { _type: 'podcastLocation', name: 'Denver', geo: '39.7,-104.9', osm: '1411339' },
      podroll: [{ _type: 'podrollItem', _key: 'p', title: 'Show', feedGuid: 'not-a-guid' }],
      license: { _type: 'podcastLicense', identifier: 'custom', name: 'frm-share' },
    };
    expect((await errorPaths(doc)).sort()).toEqual([
      'analyticsPrefix',
      'license',
      'location.geo',
      'location.osm',
      'podroll.[p].feedGuid',
    ]);
    expect(zodAccepts(podcastSettingsModel.shape.analyticsPrefix, 'http://op3.dev/e/')).toBe(false);
    expect(zodAccepts(locationModel, { name: 'Denver', rel: null, geo: '39.7,-104.9', osm: null, country: null })).toBe(
      false,
    );
    expect(zodAccepts(locationModel, { name: 'Denver', rel: null, geo: null, osm: '1411339', country: null })).toBe(
      false,
    );
    expect(zodAccepts(podrollItemModel, { _key: 'p', title: 'Show', feedGuid: 'not-a-guid', feedUrl: null })).toBe(
      false,
    );
    expect(zodAccepts(podcastSettingsModel.shape.license, { identifier: 'custom', name: 'frm-share', url: null })).toBe(
      false,
    );
  });

  it('check soundbites and other versions of an episode the same way', async () => {
    const good = {
      ...episode,
      soundbites: [
        { _type: 'soundbite', _key: 's', startSeconds: 73, durationSeconds: 60, title: 'Why chores start fights' },
      ],
      alternateEnclosures: [
        {
          _type: 'alternateEnclosure',
          _key: 'a',
          title: 'Video',
          url: 'https://video.example/e3.mp4',
          mimeType: 'video/mp4',
          sizeBytes: 1000,
          height: 720,
        },
      ],
    };
    expect(await errorPaths(good)).toEqual([]);
    expect(zodAccepts(soundbiteModel, { _key: 's', startSeconds: 73, durationSeconds: 60, title: null })).toBe(true);
    const bad = {
      ...episode,
      soundbites: [{ _type: 'soundbite', _key: 's', startSeconds: -1, durationSeconds: 0 }],
      alternateEnclosures: [
        {
          _type: 'alternateEnclosure',
          _key: 'a',
          title: 'A name far longer than thirty-two characters',
          url: 'ftp://video.example/e3.mp4',
          mimeType: 'video/mp4',
          sizeBytes: 1.5,
        },
      ],
    };
    expect((await errorPaths(bad)).sort()).toEqual([
      'alternateEnclosures.[a].sizeBytes',
      'alternateEnclosures.[a].title',
      'alternateEnclosures.[a].url',
      'soundbites.[s].durationSeconds',
      'soundbites.[s].startSeconds',
    ]);
    expect(zodAccepts(soundbiteModel, { _key: 's', startSeconds: -1, durationSeconds: 0, title: null })).toBe(false);
    for (const wrong of [
      { title: 'A name far longer than thirty-two characters' },
      { url: 'ftp://video.example/e3.mp4' },
      { sizeBytes: 1.5 },
    ]) {
      expect(
        zodAccepts(alternateEnclosureModel, {
          _key: 'a',
          title: 'Video',
          url: 'https://video.example/e3.mp4',
          mimeType: 'video/mp4',
          sizeBytes: 1000,
          bitrateKbps: null,
          height: null,
          ...wrong,
        }),
      ).toBe(false);
    }
  });
});
