import { readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { contentRegistry, siteCollections, siteTypes, unreadStudioTypes } from '@frm/content';
import { DUE_QUERY, dueParams } from './dueCheck.ts';
import { WEBHOOK_FILTER } from './sanityWebhook.ts';

/*
 * A document type the Studio has and the site reads must rebuild the site when it is published:
 * each Studio document type is in the content registry (with its query and model) or named as
 * one the site does not read, and each registry type passes the webhook filter and the due-check.
 */

// The committed schema (studio/schemaJson.test.ts keeps it equal to the Studio's schema code).
const studioSchema = JSON.parse(
  readFileSync(new URL('../../../studio/schema.json', import.meta.url), 'utf8'),
) as Array<{ name: string; type: string }>;
const studioDocumentTypes = studioSchema
  .filter((entry) => entry.type === 'document' && !entry.name.startsWith('sanity.'))
  .map((entry) => entry.name);
const registryTypes: string[] = siteCollections.map((name) => siteTypes[name].type);

const since = '2026-01-01T00:00:00Z';
const now = new Date('2026-06-01T00:00:00Z');
const published = (type: string) => ({
  _id: `a-${type}`,
  _type: type,
  _updatedAt: '2026-02-01T00:00:00Z',
  publishedAt: '2026-02-01T00:00:00Z',
});

describe('the rebuild triggers', () => {
  it('know every Studio document type: read by the site (in the registry) or named as not read', () => {
    expect(studioDocumentTypes.length).toBeGreaterThan(5);
    const unknown = studioDocumentTypes.filter((type) => !registryTypes.includes(type) && !(type in unreadStudioTypes));
    expect(
      unknown,
      'add each to packages/content/src/registry/siteTypes.ts (and contentRegistry.ts), or to unreadStudioTypes with the reason',
    ).toEqual([]);
    expect(registryTypes.filter((type) => type in unreadStudioTypes)).toEqual([]);
    // And the registry names no type the Studio does not have.
    expect(registryTypes.filter((type) => !studioDocumentTypes.includes(type))).toEqual([]);
  });

  it('give each registry type its query, which loads documents of that type', () => {
    for (const name of siteCollections) {
      const entry = contentRegistry[name];
      expect(entry.query, name).toMatch(
        'singletonId' in entry ? `_id == "${entry.singletonId}"` : `_type == "${entry.type}"`,
      );
    }
  });

  it('pass a published document of every type the site reads through the webhook filter, and nothing else', async () => {
    const dataset = studioDocumentTypes.flatMap((type) => [
      published(type),
      { ...published(type), _id: `drafts.a-${type}` },
      { ...published(type), _id: `versions.r1.a-${type}` },
    ]);
    const matched = (await (await evaluate(parse(`*[${WEBHOOK_FILTER}]._type`), { dataset })).get()) as string[];
    expect(matched.sort()).toEqual([...registryTypes].sort());
  });

  it('make the due-check answer "due" for a publish of every type the site reads, and not for the others', async () => {
    const dueFor = async (type: string) => {
      const answer = (await (
        await evaluate(parse(DUE_QUERY), { dataset: [published(type)], params: dueParams(since, now) })
      ).get()) as { published: unknown };
      return answer.published !== null;
    };
    for (const type of studioDocumentTypes) expect(await dueFor(type), type).toBe(registryTypes.includes(type));
  });

  it('make the due-check see the publish date of every scheduled type come due', async () => {
    const scheduled = siteCollections
      .filter((name) => 'scheduled' in siteTypes[name])
      .map((name) => siteTypes[name].type);
    expect(scheduled).toEqual(['post', 'podcastEpisode']);
    for (const type of scheduled) {
      const doc = { ...published(type), _updatedAt: '2025-12-01T00:00:00Z' };
      const answer = (await (
        await evaluate(parse(DUE_QUERY), { dataset: [doc], params: dueParams(since, now) })
      ).get()) as { fellDue: { _type: string } | null };
      expect(answer.fellDue?._type, type).toBe(type);
    }
  });
});
