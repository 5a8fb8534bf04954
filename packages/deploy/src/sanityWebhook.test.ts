import { readFileSync } from 'node:fs';
import { evaluate, parse as parseGroq } from 'groq-js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPE, WEBHOOK_FILTER, WEBHOOK_HEADERS, WEBHOOK_PROJECTION } from './sanityWebhook.ts';
import type { Workflow } from './workflowRuns.ts';

const repoFile = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const fixture = JSON.parse(repoFile('.github/sanity-webhook.example.json'));
const workflow = parseYaml(repoFile('.github/workflows/deploy.yml')) as Workflow;

const episode = {
  _id: 'episode-dinner-table-questions',
  _type: 'podcastEpisode',
  _rev: 'r2',
  title: 'Dinner table questions',
  slug: { _type: 'slug', current: 'dinner-table-questions' },
  publishedAt: '2026-11-30T06:00:00Z',
};

/** The body Sanity sends, as its webhook evaluates the projection (root = the document; delta from before/after). */
async function body(before: object | null, after: object | null) {
  const root = after ?? before;
  return (await evaluate(parseGroq(WEBHOOK_PROJECTION), { root, before, after, params: {} })).get();
}

describe('Sanity webhook → GitHub repository_dispatch', () => {
  it('the projection of a published episode is the example body in .github/sanity-webhook.example.json', async () => {
    expect(await body({ ...episode, _rev: 'r1', title: 'Dinner questions' }, episode)).toEqual(fixture);
  });

  it('sends the event type the workflow listens for, with a payload GitHub accepts', () => {
    expect(fixture.event_type).toBe(WEBHOOK_EVENT_TYPE);
    expect((workflow.on.repository_dispatch as { types: string[] }).types).toEqual([fixture.event_type]);
    expect(Object.keys(fixture.client_payload).length).toBeLessThanOrEqual(10);
  });

  it('says which operation it was, deletes included', async () => {
    expect(await body(null, episode)).toMatchObject({ client_payload: { operation: 'create' } });
    expect(await body(episode, null)).toMatchObject({ client_payload: { id: episode._id, operation: 'delete' } });
  });

  it('filters to published documents of the site’s types (not drafts, release versions, assets or the site status)', async () => {
    const dataset = [
      episode,
      { ...episode, _id: `drafts.${episode._id}` },
      { ...episode, _id: `versions.rSpring.${episode._id}` },
      { _id: 'person-ruth', _type: 'person', name: 'Ruth' },
      { _id: 'siteStatus', _type: 'siteStatus', state: 'failed' },
      { _id: 'image-abc-10x10-jpg', _type: 'sanity.imageAsset' },
    ];
    const matched = await (await evaluate(parseGroq(`*[${WEBHOOK_FILTER}]._id`), { dataset })).get();
    expect(matched).toEqual([episode._id, 'person-ruth']);
  });

  it('is documented in docs/deploy.md exactly as configured here', () => {
    // Indentation aside (docs/deploy.md nests the blocks in a list).
    const unindent = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
    const readme = unindent(repoFile('docs/deploy.md'));
    expect(readme).toContain(WEBHOOK_FILTER);
    expect(readme).toContain(unindent(WEBHOOK_PROJECTION));
    for (const [name, value] of Object.entries(WEBHOOK_HEADERS)) expect(readme).toContain(`${name}: ${value}`);
  });
});
