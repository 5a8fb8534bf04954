// @vitest-environment jsdom
/*
 * Property: every document the Studio lets an editor publish (no error from Sanity's own
 * validation, run headless with the real Studio config) is accepted by the build: the site's
 * GROQ queries over a dataset holding it return content that parses with the zod models.
 */
import { createDocumentsSource, loadContent, ContentError } from '@frm/content';
import { minimalDocuments } from '@frm/content/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetDocuments, documentArbitraries } from '../test/documentArbitraries.ts';
import { createTestWorkspace, validate } from '../test/testWorkspace.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];

let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace());
});

const NOW = new Date('2026-06-01T00:00:00Z');
const RUNS = 120;

/** The build's verdict on a dataset holding `document`: undefined when it loads, else the problems. */
async function buildProblems(document: Record<string, unknown> & { _id: string; _type: string }) {
  const others = minimalDocuments().filter((d) => d._id !== document._id);
  const source = createDocumentsSource([...others, document, ...assetDocuments(document)], 'generated dataset');
  try {
    await loadContent(source, { now: NOW, onWarning: () => {} });
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

describe('what the Studio accepts, the build accepts', () => {
  it.each(Object.keys(documentArbitraries))('%s', { timeout: 240_000 }, async (type) => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documentArbitraries[type]!, async (document) => {
        const errors = (await validate(workspace, document)).filter((m) => m.level === 'error');
        if (errors.length > 0) return; // the Studio would not let this be published
        accepted += 1;
        const problems = await buildProblems(document);
        expect(problems, `the Studio accepts this ${type} but the build rejects it`).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    // Guards against a generator that only produces documents the Studio rejects.
    expect(accepted).toBeGreaterThanOrEqual(RUNS / 20);
  });
});
