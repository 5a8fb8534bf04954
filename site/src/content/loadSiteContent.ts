import { fileURLToPath } from 'node:url';
import { contentSourceFromEnv, formatProblem, loadContent, type ContentSource } from '@frm/content';
import { localizeAssets, type LocalizedContent } from './localAssets.ts';

export interface LoadedSiteContent extends LocalizedContent {
  source: ContentSource;
}

let loading: Promise<LoadedSiteContent> | undefined;

/**
 * One bulk load per build, shared by every collection: each query runs once and all content is
 * validated before Astro renders a page, so a bad document stops the build with the full report.
 */
export function loadSiteContent(siteRoot: URL, warn: (message: string) => void): Promise<LoadedSiteContent> {
  loading ??= (async () => {
    const seedDataset = fileURLToPath(new URL('../packages/dataset-tools/seed/', siteRoot));
    const source = await contentSourceFromEnv(process.env, seedDataset);
    const content = await loadContent(source, { now: buildTime(), onWarning: (problem) => warn(formatProblem(problem)) });
    return { source, ...localizeAssets(content, source, siteRoot) };
  })();
  return loading;
}

/**
 * BUILD_TIME lets a build (or a test) decide what counts as already published. Draft preview
 * shows scheduled posts and episodes too, so editors can check them before they go live.
 */
function buildTime(): Date {
  const fixed = process.env.BUILD_TIME;
  if (!fixed && process.env.SANITY_PERSPECTIVE?.trim() === 'drafts') return new Date('9999-12-31T23:59:59Z');
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_TIME="${fixed}" is not a date; use ISO 8601, e.g. 2026-01-31T12:00:00Z`);
  return date;
}
