import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ContentProblem } from './contentProblems.ts';

/**
 * The machine-readable form of a failed content build (CONTENT_REPORT_FILE): the deploy workflow
 * hands it to the site status script, which shows it to editors in the Studio.
 */
export interface ContentReport {
  /** When the build gave up (ISO 8601). */
  failedAt: string;
  /** Where the content came from (no token). */
  source: string;
  problems: ContentProblem[];
}

export async function writeContentReport(path: string, report: ContentReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** The report at `path`, or undefined when the build wrote none (it failed before or after the content step). */
export async function readContentReport(path: string): Promise<ContentReport | undefined> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : (JSON.parse(text) as ContentReport);
}
