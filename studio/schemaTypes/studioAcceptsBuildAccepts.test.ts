// @vitest-environment jsdom
/*
 * Property: every document the Studio lets an editor publish (no error from Sanity's own
 * validation, run headless with the real Studio config) is accepted by the build: the site's
 * GROQ queries over a dataset holding it return content that parses with the zod models, the
 * document is in that content (unless it is scheduled after the build), and the podcast feed's
 * requirements hold. The seed is printed; FC_SEED=<seed> replays a run.
 */
import { createDocumentsSource, loadContent, ContentError, type SiteContent } from '@frm/content';
import { minimalDocuments, post } from '@frm/content/testing';
import { assertFeedPublishable } from '@frm/feeds';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { redirectCheckQuery } from '@frm/content/redirects';
import { assetDocuments, documentArbitraries, REDIRECT_TARGET_ID } from '../test/documentArbitraries.ts';
import { createTestWorkspace, imageWithAsset, validate } from '../test/testWorkspace.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];

type GeneratedDocument = Record<string, unknown> & { _id: string; _type: string };

/** The dataset the build reads for the document under test; the Studio's redirect checks query it too. */
let dataset: GeneratedDocument[] = [];

let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace((query, params) =>
    query === redirectCheckQuery ? createDocumentsSource(dataset, 'generated dataset').fetch(query, params) : true,
  ));
});

const NOW = new Date('2026-06-01T00:00:00Z');
const RUNS = 120;
// The show settings and episodes have the most required fields, so fewer generated ones pass the
// Studio (about 3 and 6 in 100: the generators lean towards the edge cases where Studio and build
// disagree). At 120 runs an episode seed now and then got fewer than MIN_ACCEPTED through.
const runsFor = (type: string) => (type === 'podcast' || type === 'podcastEpisode' ? 4 * RUNS : RUNS);
/** Fewer accepted documents than this would mean the generator tests nothing (far below the usual share). */
const MIN_ACCEPTED = 5;

const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Where each collection type lands in the loaded content. */
const collections: Record<string, keyof SiteContent> = {
  post: 'posts',
  podcastEpisode: 'episodes',
  resource: 'resources',
  topic: 'topics',
  person: 'people',
  page: 'pages',
  redirect: 'redirects',
};

/** Whether the loaded content holds `document`: the singletons by their title, the others by `_id`. */
function holds(content: SiteContent, document: GeneratedDocument): boolean {
  if (document._type === 'siteSettings') return content.siteSettings.title === String(document.title).trim();
  if (document._type === 'podcast') return content.podcast.title === String(document.title).trim();
  const collection = content[collections[document._type]!] as Array<{ _id: string }>;
  return collection.some((item) => item._id === document._id);
}

/**
 * The smallest site holding `document`, with show artwork so the feed's checks are about the
 * generated document, and a published post for a generated redirect to send visitors to.
 */
function datasetWith(document: GeneratedDocument): GeneratedDocument[] {
  const others = [
    ...minimalDocuments().map((d) =>
      d._id === 'podcast' ? { ...d, artwork: imageWithAsset(1400, 1400, 'Show artwork') } : d,
    ),
    ...(document._type === 'redirect' ? [post(REDIRECT_TARGET_ID)] : []),
  ].filter((d) => d._id !== document._id) as GeneratedDocument[];
  return [...others, document, ...assetDocuments([others, document])];
}

/** The build's verdict on a dataset holding `document`: the content when it loads, else the problems. */
async function buildVerdict(document: GeneratedDocument): Promise<{ content: SiteContent } | { problems: string }> {
  const source = createDocumentsSource(datasetWith(document), 'generated dataset');
  try {
    const content = await loadContent(source, { now: NOW, onWarning: () => {} });
    // The podcast feed's own requirements (artwork, owner, audio details), as the site build checks them.
    if (document._type === 'podcast' || document._type === 'podcastEpisode')
      assertFeedPublishable(content.podcast, content.episodes);
    return { content };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.message };
    throw error;
  }
}

describe('what the Studio accepts, the build accepts', () => {
  it.each(Object.keys(documentArbitraries))('%s', { timeout: 240_000 }, async (type) => {
    console.info(`${type}: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documentArbitraries[type]!, async (document) => {
        dataset = datasetWith(document);
        const errors = (await validate(workspace, document)).filter((m) => m.level === 'error');
        if (errors.length > 0) return; // the Studio would not let this be published
        accepted += 1;
        const verdict = await buildVerdict(document);
        expect(
          'problems' in verdict ? verdict.problems : undefined,
          `the Studio accepts this ${type} but the build rejects it (FC_SEED=${SEED})`,
        ).toBeUndefined();
        if (!('content' in verdict)) return;
        const scheduled = typeof document.publishedAt === 'string' && Date.parse(document.publishedAt) > NOW.getTime();
        expect(
          holds(verdict.content, document),
          `the Studio accepts this ${type} (${scheduled ? 'scheduled' : 'live'}) but the build ${scheduled ? 'publishes it' : 'leaves it out'} (FC_SEED=${SEED})`,
        ).toBe(!scheduled);
      }),
      { numRuns: runsFor(type), seed: SEED },
    );
    // Guards against a generator that only produces documents the Studio rejects.
    expect(accepted).toBeGreaterThanOrEqual(MIN_ACCEPTED);
  });
});
