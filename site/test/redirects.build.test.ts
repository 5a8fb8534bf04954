import { describe, expect, it } from 'vitest';
import { minimalDocuments, post, writeFixtureExport } from '@frm/content/testing';
import { buildSite, builtFiles } from './buildSite.ts';
import { SITE_BUILD_TIMEOUT_MS } from './timeouts.ts';

/* Each redirect problem stops the build with the document, the field and what to do: one small dataset per problem. */

const redirect = (id: string, fields: Record<string, unknown>) => ({ _id: id, _type: 'redirect', ...fields });

const scenarios = [
  {
    name: 'a loop',
    documents: [redirect('r-a', { from: '/a/', url: '/b/' }), redirect('r-b', { from: '/b/', url: '/a/' })],
    report: /redirect "r-a" field "from": \/a\/ leads into a redirect loop \(\/a\/ → \/b\/ → \/a\/\)/,
  },
  {
    name: 'a chain longer than one hop',
    documents: [
      post('hope', { previousPaths: ['/blog/old-hope/'] }),
      redirect('r-older', { from: '/older-hope/', url: '/blog/old-hope/' }),
    ],
    report:
      /redirect "r-older" field "from": \/older-hope\/ redirects to \/blog\/old-hope\/, which redirects again to \/blog\/hope\/ \(set in “Post hope”\)\. Point it straight at \/blog\/hope\//,
  },
  {
    name: 'a redirect from a live page',
    documents: [post('hope'), post('other', { previousPaths: ['/blog/hope/'] })],
    report: /post "other" field "previousPaths": \/blog\/hope\/ is a live page on the site/,
  },
  {
    name: 'a redirect to a missing document',
    documents: [redirect('r-gone', { from: '/gone/', target: { _type: 'reference', _ref: 'post-deleted' } })],
    report:
      /redirect "r-gone" field "target": redirects \/gone\/ to a document that does not exist or is not published\. Publish that document, or choose another one\./,
  },
];

describe('the build stops on a redirect problem', () => {
  it.each(scenarios)(
    '$name, naming the document, field and fix, and writes no page',
    async ({ documents, report }) => {
      const dataset = await writeFixtureExport([...minimalDocuments(), ...documents]);
      const build = await buildSite({ LOCAL_DATASET: dataset });
      expect(build.exitCode, build.output).not.toBe(0);
      expect(build.output).toMatch(report);
      expect((await builtFiles(build.outDir)).filter((file) => file.endsWith('.html'))).toEqual([]);
    },
    SITE_BUILD_TIMEOUT_MS,
  );
});
