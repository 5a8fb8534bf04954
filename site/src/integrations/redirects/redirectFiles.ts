import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectRules, type Redirect } from '@frm/content';
import { onContentLoaded } from '../../content/contentLoaded.ts';
import { redirectPage, redirectPageFile } from './redirectPage.ts';
import { redirectsFile } from './redirectsFile.ts';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Writes `_redirects` (301/302 rules for Cloudflare Pages and Netlify) and a page at each old
 * path (a meta refresh for GitHub Pages, which reads no rules) into the built site. Cloudflare
 * Pages follows a rule before it serves a file at that path, so every host gets the same files.
 * A redirect from a path the build wrote a file at stops the build: the content check knows the
 * documents' pages, this one every file (list pages, share images, feeds).
 */
export async function writeRedirectFiles(outDir: string, redirects: readonly Redirect[], siteUrl: string) {
  const taken: Redirect[] = [];
  for (const redirect of redirects)
    if (await exists(join(outDir, redirectPageFile(redirect.from)))) taken.push(redirect);
  if (taken.length)
    throw new Error(
      `Redirects from addresses the site has a page or file at (they would never be followed):\n${taken
        .map(
          (r) =>
            `  - ${r.source.type} "${r.source.id}" field "${r.source.field}": ${r.from} is on the site. Remove it there.`,
        )
        .join('\n')}`,
    );
  await writeFile(join(outDir, '_redirects'), redirectsFile(redirects));
  for (const redirect of redirects) {
    const file = join(outDir, redirectPageFile(redirect.from));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, redirectPage(redirect, siteUrl));
  }
}

/** The content's redirects, written after the build and the passes that read the built pages. */
export function redirectFiles(): AstroIntegration {
  let siteUrl = '';
  let redirects: readonly Redirect[] | undefined;
  return {
    name: 'frm-redirect-files',
    hooks: {
      'astro:config:setup': () => {
        // Checked by loadContent; kept to be written after the build.
        onContentLoaded(({ content }) => (redirects = redirectRules(content).redirects));
      },
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!redirects) throw new Error('Redirects: the content was not loaded in this build, so none can be written');
        await writeRedirectFiles(fileURLToPath(dir), redirects, siteUrl);
        logger.info(`_redirects and ${redirects.length} old-address pages written`);
      },
    },
  };
}
