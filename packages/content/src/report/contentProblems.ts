/** One thing wrong with one document, told so an editor can find and fix it. */
export interface ContentProblem {
  /** Document `_id` (or where in the source the problem is, when there is no document). */
  id: string;
  /** Document `_type`. */
  type: string;
  /** Field path inside the document, e.g. `audio.sizeBytes` or `body[3].markDefs[0].href`. */
  path: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** Content that cannot be published: carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(summary: string, problems: readonly ContentProblem[]) {
    super(`${summary}:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.path ? ` field "${problem.path}"` : '';
  return `${problem.type} "${problem.id}"${where}: ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
}
